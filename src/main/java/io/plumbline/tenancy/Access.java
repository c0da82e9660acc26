package io.plumbline.tenancy;

import java.util.Arrays;
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
        return require(Role.OWNER, Role.ADMIN);
    }

    /**
     * Owners and admins, never in a client's scope; {@code what} completes "Client users
     * may not change …".
     */
    public static TenantScope requireAgencyManager(String what) {
        return requireAgencyRole(what, Role.OWNER, Role.ADMIN);
    }

    /**
     * Owners, admins and analysts ({@link Role#changesAgencyWork()}), never in a client's
     * scope.
     */
    public static TenantScope requireAgencyWorkEditor(String what) {
        return requireAgencyRole(what, Role.OWNER, Role.ADMIN, Role.ANALYST);
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

    private static TenantScope requireAgencyRole(String what, Role... allowed) {
        TenantScope scope = require(allowed);
        if (scope.isClientScope()) {
            throw new AccessDeniedException("Client users may not change " + what);
        }
        return scope;
    }

    public static TenantScope requireAgencyStaff() {
        TenantScope scope = require(Role.OWNER, Role.ADMIN, Role.EXECUTIVE, Role.ANALYST);
        if (scope.isClientScope()) {
            throw new AccessDeniedException("Client users may not do this");
        }
        return scope;
    }

}
