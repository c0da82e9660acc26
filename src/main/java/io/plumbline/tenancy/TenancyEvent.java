package io.plumbline.tenancy;

/** Changes to agencies, clients and users, published inside the changing transaction. */
public sealed interface TenancyEvent {

    AgencyId agency();

    record AgencyCreated(AgencyId agency, String name, String ownerEmail) implements TenancyEvent {
    }

    record AgencyRebranded(AgencyId agency, String name) implements TenancyEvent {
    }

    record ClientCreated(AgencyId agency, ClientId client, String name) implements TenancyEvent {
    }

    record ClientUpdated(AgencyId agency, ClientId client, String name) implements TenancyEvent {
    }

    record ClientArchived(AgencyId agency, ClientId client, String name) implements TenancyEvent {
    }

    record ClientRestored(AgencyId agency, ClientId client, String name) implements TenancyEvent {
    }

    record UserCreated(AgencyId agency, ClientId client, UserId user, String email, Role role,
            String method) implements TenancyEvent {
    }

    record UserRoleChanged(AgencyId agency, ClientId client, UserId user, String email, Role from,
            Role to) implements TenancyEvent {
    }

    record UserDisabled(AgencyId agency, ClientId client, UserId user, String email) implements TenancyEvent {
    }

    record UserEnabled(AgencyId agency, ClientId client, UserId user, String email) implements TenancyEvent {
    }

    record PasswordReset(AgencyId agency, ClientId client, UserId user, String email,
            String method) implements TenancyEvent {
    }

    record PasswordChanged(AgencyId agency, ClientId client, UserId user, String email) implements TenancyEvent {
    }

}
