package io.plumbline.ingestion.internal;

import io.plumbline.ingestion.UnmappedHost;
import io.plumbline.shared.DatabaseDialect;
import io.plumbline.tenancy.ClientId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Table {@code otlp_unmapped_host}: span counts per agency, key scope and host of spans
 * no integration took. Callers run it inside the tenant's transaction (row-level security
 * on PostgreSQL).
 */
@Component
public class UnmappedHostStore {

    private static final String UPDATE = "UPDATE otlp_unmapped_host SET span_count = span_count + :spans, "
            + "last_seen_at = GREATEST(last_seen_at, :seenAt), " + "last_service = COALESCE(:service, last_service) "
            + "WHERE agency_id = :agency AND seen_by = :seenBy AND host = :host";

    private static final String INSERT = "INSERT INTO otlp_unmapped_host "
            + "(agency_id, client_id, seen_by, host, span_count, first_seen_at, last_seen_at, last_service) "
            + "VALUES (:agency, :client, :seenBy, :host, :spans, :seenAt, :seenAt, :service)";

    private final NamedParameterJdbcTemplate jdbc;

    private final DatabaseDialect dialect;

    UnmappedHostStore(NamedParameterJdbcTemplate jdbc, DatabaseDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /** Adds {@code spans} to the host's count (one statement, safe across nodes). */
    public void count(UUID agency, ClientId client, String host, long spans, Instant seenAt, String service) {
        var parameters = new MapSqlParameterSource().addValue("agency", agency)
            .addValue("client", client == null ? null : client.value())
            .addValue("seenBy", seenBy(client))
            .addValue("host", host)
            .addValue("spans", spans)
            .addValue("seenAt", seenAt.atOffset(ZoneOffset.UTC))
            .addValue("service", service);
        dialect.updateOrInsert(jdbc, UPDATE, INSERT, "span_count", parameters, (rs, row) -> rs.getLong(1));
    }

    /** The agency's unmapped hosts (a client scope's own), most spans first. */
    public List<UnmappedHost> list(UUID agency, ClientId onlyClient) {
        var parameters = new MapSqlParameterSource("agency", agency).addValue("client",
                onlyClient == null ? null : onlyClient.value());
        return jdbc.query(
                "SELECT host, client_id, span_count, first_seen_at, last_seen_at, last_service "
                        + "FROM otlp_unmapped_host WHERE agency_id = :agency"
                        + (onlyClient == null ? "" : " AND client_id = :client")
                        + " ORDER BY span_count DESC, host, seen_by LIMIT 500",
                parameters,
                (rs, row) -> new UnmappedHost(rs.getString(1),
                        rs.getObject(2) == null ? null : new ClientId(rs.getObject(2, UUID.class)), rs.getLong(3),
                        rs.getObject(4, Timestamp.class).toInstant(), rs.getObject(5, Timestamp.class).toInstant(),
                        rs.getString(6)));
    }

    /** Forgets a host (mapped now, or dismissed); @return whether there was one */
    public boolean forget(UUID agency, ClientId client, String host) {
        return jdbc.update(
                "DELETE FROM otlp_unmapped_host WHERE agency_id = :agency AND seen_by = :seenBy AND host = :host",
                new MapSqlParameterSource("agency", agency).addValue("seenBy", seenBy(client))
                    .addValue("host", host)) > 0;
    }

    private static String seenBy(ClientId client) {
        return client == null ? "agency" : client.value().toString();
    }

}
