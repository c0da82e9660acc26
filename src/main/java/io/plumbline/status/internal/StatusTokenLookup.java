package io.plumbline.status.internal;

import io.plumbline.shared.DatabaseDialect;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.TenantScope;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one narrow read a public status page makes before its tenant is known: the agency
 * and client of the page with this token's hash. On PostgreSQL the transaction (which has
 * no tenant) first names the hash with {@code set_config(..., true)}, and row-level
 * security then shows only that one row; the setting ends with the transaction.
 */
@Component
public class StatusTokenLookup {

    private final JdbcTemplate jdbc;

    private final DatabaseDialect dialect;

    StatusTokenLookup(JdbcTemplate jdbc, DatabaseDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    @Transactional(readOnly = true)
    public Optional<TenantScope> scopeOf(String tokenHash) {
        if (dialect.isPostgres()) {
            jdbc.queryForObject("SELECT set_config('plumbline.status_token_hash', ?, true)", String.class, tokenHash);
        }
        List<TenantScope> found = jdbc.query("SELECT agency_id, client_id FROM status_page WHERE token_hash = ?",
                (rs, row) -> new TenantScope(new AgencyId(rs.getObject(1, UUID.class)),
                        new ClientId(rs.getObject(2, UUID.class))),
                tokenHash);
        return found.stream().findFirst();
    }

}
