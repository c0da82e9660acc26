package io.plumbline.alerting;

import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import org.springframework.security.access.AccessDeniedException;

/** Alerting is internal: agency staff read it; owners, admins and analysts change it; client users never see it. */
final class AlertingAccess {

    private AlertingAccess() {
    }

    static TenantScope reader() {
        return Access.requireAgencyStaff();
    }

    static TenantScope editor() {
        TenantScope scope = Access.require(Role.OWNER, Role.ADMIN, Role.ANALYST);
        if (scope.isClientScope()) {
            throw new AccessDeniedException("Client users may not change alerting");
        }
        return scope;
    }

    /** Who did it, for acknowledgements and audit: the signed-in person, or "system" for background work. */
    static String actor() {
        return CurrentTenant.member().map(TenantMember::email).orElse("system");
    }
}
