package io.plumbline.tenancy;

import java.util.Arrays;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Role checks inside services, behind the view annotations. Work without a signed-in user
 * (demo seed, operator commands, schedulers) must have named its tenant explicitly.
 */
public final class Access {

    private Access() {
    }

    public static TenantScope require(Role... allowed) {
        TenantScope scope = CurrentTenant.require();
        var member = CurrentTenant.member();
        if (member.isPresent()) {
            if (Arrays.stream(allowed).noneMatch(r -> r == member.get().role())) {
                throw new AccessDeniedException("The %s role may not do this".formatted(member.get().role().label()));
            }
        }
        else if (!CurrentTenant.isExplicit()) {
            // An API key (or any other non-person principal) never passes a role check.
            throw new AccessDeniedException("Only people with a role may do this");
        }
        return scope;
    }

    public static TenantScope requireAgencyManager() {
        return require(rolesThat(Role::managesAgency));
    }

    /**
     * Owners and admins, never in a client's scope; {@code what} completes "Client users
     * may not change …".
     */
    public static TenantScope requireAgencyManager(String what) {
        return requireAgencyRole(what, rolesThat(Role::managesAgency));
    }

    /**
     * Owners, admins and analysts ({@link Role#changesAgencyWork()}), never in a client's
     * scope.
     */
    public static TenantScope requireAgencyWorkEditor(String what) {
        return requireAgencyRole(what, rolesThat(Role::changesAgencyWork));
    }

    /**
     * Whether the signed-in person may change the agency's work; views show or hide their
     * edit actions by it.
     */
    public static boolean mayChangeAgencyWork() {
        return CurrentTenant.member().map(member -> member.role().changesAgencyWork()).orElse(false);
    }

    /** Whether the signed-in person manages the agency (owner or admin). */
    public static boolean mayManageAgency() {
        return CurrentTenant.member().map(member -> member.role().managesAgency()).orElse(false);
    }

    /** The roles are decided in {@link Role}, once; the checks here only apply them. */
    private static Role[] rolesThat(Predicate<Role> rule) {
        return Arrays.stream(Role.values()).filter(rule).toArray(Role[]::new);
    }

    private static TenantScope requireAgencyRole(String what, Role... allowed) {
        TenantScope scope = require(allowed);
        if (scope.isClientScope()) {
            throw new AccessDeniedException("Client users may not change " + what);
        }
        return scope;
    }

    public static TenantScope requireAgencyStaff() {
        TenantScope scope = require(Role.agencyRoles().toArray(Role[]::new));
        if (scope.isClientScope()) {
            throw new AccessDeniedException("Client users may not do this");
        }
        return scope;
    }

}
