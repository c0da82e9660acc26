package io.plumbline.alerting.internal;

import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;

/**
 * Alerting is internal: agency staff read it; owners, admins and analysts change it;
 * client users never see it.
 */
public final class AlertingAccess {

    private AlertingAccess() {
    }

    public static TenantScope reader() {
        return Access.requireAgencyStaff();
    }

    public static TenantScope editor() {
        return Access.requireAgencyWorkEditor("alerting");
    }

    /**
     * Who did it, for acknowledgements and audit: the signed-in person, or "system" for
     * background work.
     */
    public static String actor() {
        return CurrentTenant.member().map(TenantMember::email).orElse("system");
    }

}
