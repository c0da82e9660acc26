package io.plumbline.tenancy;

/** A signed-in person as the tenancy rules see them; implemented by the security principal. */
public interface TenantMember {
    UserId userId();

    String email();

    Role role();

    TenantScope scope();
}
