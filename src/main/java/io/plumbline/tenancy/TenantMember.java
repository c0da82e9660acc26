package io.plumbline.tenancy;

/**
 * A signed-in person as the tenancy rules see them; implemented by the security
 * principal.
 */
public interface TenantMember extends TenantBound {

    UserId userId();

    String email();

    Role role();

}
