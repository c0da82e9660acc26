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
        CurrentTenant.member().ifPresent(member -> {
            if (Arrays.stream(allowed).noneMatch(r -> r == member.role())) {
                throw new AccessDeniedException("The %s role may not do this".formatted(member.role().label()));
            }
        });
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
