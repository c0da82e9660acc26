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
        } else if (!CurrentTenant.isExplicit()) {
            // An API key (or any other non-person principal) never passes a role check.
            throw new AccessDeniedException("Only people with a role may do this");
        }
        return scope;
    }

    public static TenantScope requireAgencyManager() {
        return require(Role.OWNER, Role.ADMIN);
    }

    public static TenantScope requireAgencyStaff() {
        TenantScope scope = require(Role.OWNER, Role.ADMIN, Role.EXECUTIVE, Role.ANALYST);
        if (scope.isClientScope()) {
            throw new AccessDeniedException("Client users may not do this");
        }
        return scope;
    }
}
