package io.plumbline.ingestion;

import io.plumbline.tenancy.TenantBound;
import io.plumbline.tenancy.TenantScope;
import java.io.Serializable;

/** Who an API request acts for: the key's agency and, for a client key, that client. */
public record ApiKeyPrincipal(ApiKeyId key, String name, TenantScope scope) implements TenantBound, Serializable {
}
