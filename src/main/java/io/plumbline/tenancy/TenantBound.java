package io.plumbline.tenancy;

/**
 * Anything authenticated that acts inside one tenant: a signed-in person or an API key.
 */
public interface TenantBound {

    TenantScope scope();

}
