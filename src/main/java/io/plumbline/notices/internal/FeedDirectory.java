package io.plumbline.notices.internal;

import io.plumbline.shared.DatabaseDialect;
import io.plumbline.shared.Secrets;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.TenantScope;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which agency and client a feed token belongs to, asked before any tenant is known. On
 * PostgreSQL row-level security hides every row then, so a narrow SECURITY DEFINER
 * function answers with the two ids only (postgresql/V28_4); H2 has no row-level security
 * and is asked directly. Only the token's SHA-256 hash is stored and compared.
 */
@Component
public class FeedDirectory {

    /** 32 random bytes, base64url without padding: 43 characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcTemplate jdbc;

    private final boolean postgres;

    FeedDirectory(JdbcTemplate jdbc, DatabaseDialect dialect) {
        this.jdbc = jdbc;
        this.postgres = dialect.isPostgres();
    }

    public Optional<TenantScope> tenantOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String sql = postgres ? "SELECT agency, client FROM plumbline_status_feed_tenant(?)"
                : "SELECT agency_id, client_id FROM status_feed WHERE token_hash = ?";
        List<TenantScope> found = jdbc.query(sql, (rs, i) -> new TenantScope(new AgencyId(rs.getObject(1, UUID.class)),
                new ClientId(rs.getObject(2, UUID.class))), Secrets.sha256(token));
        return found.stream().findFirst();
    }

}
