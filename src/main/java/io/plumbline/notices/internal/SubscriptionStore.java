package io.plumbline.notices.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.notices.NoticeSubscription;
import io.plumbline.shared.DatabaseDialect;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.TenantScope;
import io.plumbline.tenancy.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The table {@code notice_subscription}: one row per subscribed client user. Every query
 * names the agency and client (row-level security on PostgreSQL checks them as well).
 */
@Component
public class SubscriptionStore {

    /** 32 random bytes, base64url without padding: 43 characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    public record Row(UUID id, UserId user, NoticeSubscription subscription, String token) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getObject("id", UUID.class),
            new UserId(rs.getObject("user_id", UUID.class)),
            new NoticeSubscription(rs.getBoolean("all_integrations"), parse(rs.getString("integrations"))),
            rs.getString("unsubscribe_token"));

    private final JdbcTemplate jdbc;

    private final boolean postgres;

    SubscriptionStore(JdbcTemplate jdbc, DatabaseDialect dialect) {
        this.jdbc = jdbc;
        this.postgres = dialect.isPostgres();
    }

    public Optional<Row> find(TenantScope scope, UserId user) {
        return jdbc
            .query("SELECT * FROM notice_subscription WHERE agency_id = ? AND client_id = ? AND user_id = ?", ROW,
                    scope.agency().value(), scope.client().value(), user.value())
            .stream()
            .findFirst();
    }

    public List<Row> ofClient(AgencyId agency, ClientId client) {
        return jdbc.query("SELECT * FROM notice_subscription WHERE agency_id = ? AND client_id = ?", ROW,
                agency.value(), client.value());
    }

    /** Subscribes, or changes the integrations of an existing subscription. */
    public void upsert(TenantScope scope, UserId user, NoticeSubscription subscription, String newToken, Instant now) {
        String integrations = subscription.integrations()
            .stream()
            .map(id -> id.value().toString())
            .sorted()
            .collect(Collectors.joining(","));
        int changed = jdbc.update(
                "UPDATE notice_subscription SET all_integrations = ?, integrations = ? "
                        + "WHERE agency_id = ? AND client_id = ? AND user_id = ?",
                subscription.allIntegrations(), integrations, scope.agency().value(), scope.client().value(),
                user.value());
        if (changed == 0) {
            jdbc.update(
                    "INSERT INTO notice_subscription (id, agency_id, client_id, user_id, all_integrations, integrations, "
                            + "unsubscribe_token, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(), scope.agency().value(), scope.client().value(), user.value(),
                    subscription.allIntegrations(), integrations, newToken, Timestamp.from(now));
        }
    }

    public void delete(TenantScope scope, UserId user) {
        jdbc.update("DELETE FROM notice_subscription WHERE agency_id = ? AND client_id = ? AND user_id = ?",
                scope.agency().value(), scope.client().value(), user.value());
    }

    public boolean deleteByToken(TenantScope scope, String token) {
        return jdbc.update(
                "DELETE FROM notice_subscription WHERE agency_id = ? AND client_id = ? AND unsubscribe_token = ?",
                scope.agency().value(), scope.client().value(), token) > 0;
    }

    /**
     * Which agency and client own a subscription's unsubscribe token, asked before any
     * tenant is known (on PostgreSQL through the SECURITY DEFINER function of V34_1).
     */
    public Optional<TenantScope> tenantOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String sql = postgres ? "SELECT agency, client FROM plumbline_notice_subscription_tenant(?)"
                : "SELECT agency_id, client_id FROM notice_subscription WHERE unsubscribe_token = ?";
        return jdbc
            .query(sql,
                    (rs, i) -> new TenantScope(new AgencyId(rs.getObject(1, UUID.class)),
                            new ClientId(rs.getObject(2, UUID.class))),
                    token)
            .stream()
            .findFirst();
    }

    private static java.util.Set<IntegrationId> parse(String list) {
        return list == null || list.isBlank() ? java.util.Set.of()
                : Arrays.stream(list.split(","))
                    .map(s -> new IntegrationId(UUID.fromString(s.trim())))
                    .collect(Collectors.toSet());
    }

}
