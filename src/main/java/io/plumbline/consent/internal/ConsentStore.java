package io.plumbline.consent.internal;

import io.plumbline.consent.ConsentCounts;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ContractCheck;
import io.plumbline.integration.IntegrationId;
import io.plumbline.shared.DatabaseDialect;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The consent counts over JDBC: daily rows per integration, day and source (added to,
 * never rewritten), accepted batches, and sample checks. Every query names the agency
 * (and client); row-level security is the second wall.
 */
@Repository
public class ConsentStore {

    private static final String COUNTS = "records, complete, untagged, with_consent_timestamp, with_source_id, with_opt_in, "
            + "with_lawful_basis, with_purpose, with_tcf_string, opt_in_true, stale";

    private static final List<String> COUNT_COLUMNS = List.of(COUNTS.split(", "));

    /** One daily row. */
    public record Daily(UUID client, UUID integration, LocalDate day, String source, ConsentCounts counts) {
    }

    private final JdbcTemplate jdbc;

    private final DatabaseDialect dialect;

    ConsentStore(JdbcTemplate jdbc, DatabaseDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    public void add(AgencyId agency, Daily row) {
        List<Object> values = new ArrayList<>(
                List.of(agency.value(), row.client(), row.integration(), row.day(), row.source()));
        values.addAll(countValues(row.counts()));
        if (dialect.isPostgres()) {
            jdbc.update("INSERT INTO consent_daily (agency_id, client_id, integration_id, local_day, source, " + COUNTS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (agency_id, integration_id, local_day, source) "
                    + "DO UPDATE SET "
                    + String.join(", ",
                            COUNT_COLUMNS.stream().map(c -> c + " = consent_daily." + c + " + EXCLUDED." + c).toList()),
                    values.toArray());
            return;
        }
        // H2 (the single-node embedded demo): update, else insert.
        List<Object> update = new ArrayList<>(countValues(row.counts()));
        update.addAll(List.of(agency.value(), row.integration(), row.day(), row.source()));
        int updated = jdbc.update(
                "UPDATE consent_daily SET "
                        + String.join(", ", COUNT_COLUMNS.stream().map(c -> c + " = " + c + " + ?").toList())
                        + " WHERE agency_id = ? AND integration_id = ? AND local_day = ? AND source = ?",
                update.toArray());
        if (updated == 0) {
            jdbc.update("INSERT INTO consent_daily (agency_id, client_id, integration_id, local_day, source, " + COUNTS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values.toArray());
        }
    }

    public void addBatch(AgencyId agency, UUID client, UUID integration, Instant observedAt, long records,
            long untagged) {
        jdbc.update(
                "INSERT INTO consent_batch (id, agency_id, client_id, integration_id, observed_at, records, untagged) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), agency.value(), client, integration, observedAt.atOffset(ZoneOffset.UTC), records,
                untagged);
    }

    /** Daily rows of the agency (client null) or of one client, days inclusive. */
    public List<Daily> daily(AgencyId agency, ClientId client, LocalDate from, LocalDate to) {
        String sql = "SELECT client_id, integration_id, local_day, source, " + COUNTS
                + " FROM consent_daily WHERE agency_id = ? " + (client == null ? "" : "AND client_id = ? ")
                + "AND local_day BETWEEN ? AND ?";
        Object[] args = client == null ? new Object[] { agency.value(), from, to }
                : new Object[] { agency.value(), client.value(), from, to };
        return jdbc.query(sql, (rs, n) -> new Daily(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, LocalDate.class), rs.getString(4), counts(rs, 5)), args);
    }

    /**
     * Batches of these integrations observed in (from, to] that carried none of the
     * required fields.
     */
    public Map<UUID, Long> untaggedBatches(AgencyId agency, List<UUID> integrations, Instant from, Instant to) {
        Map<UUID, Long> found = new java.util.HashMap<>();
        if (integrations.isEmpty()) {
            return found;
        }
        String in = String.join(", ", Collections.nCopies(integrations.size(), "?"));
        List<Object> args = new ArrayList<>(
                List.of(agency.value(), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)));
        args.addAll(integrations);
        jdbc.query("SELECT integration_id, COUNT(*) FROM consent_batch WHERE agency_id = ? AND observed_at > ? "
                + "AND observed_at <= ? AND records > 0 AND untagged = records AND integration_id IN (" + in + ") "
                + "GROUP BY integration_id", rs -> {
                    found.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }, args.toArray());
        return found;
    }

    public void addSamples(AgencyId agency, UUID client, UUID integration, LocalDate day, long samples, long invalid,
            Map<String, Long> violations) {
        int updated = jdbc.update(
                "UPDATE consent_sample_daily SET samples = samples + ?, invalid = invalid + ? "
                        + "WHERE agency_id = ? AND integration_id = ? AND local_day = ?",
                samples, invalid, agency.value(), integration, day);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO consent_sample_daily (agency_id, client_id, integration_id, local_day, samples, invalid) "
                            + "VALUES (?, ?, ?, ?, ?, ?)",
                    agency.value(), client, integration, day, samples, invalid);
        }
        violations.forEach((field, count) -> {
            int changed = jdbc.update(
                    "UPDATE consent_violation_daily SET violations = violations + ? WHERE agency_id = ? "
                            + "AND integration_id = ? AND local_day = ? AND field = ?",
                    count, agency.value(), integration, day, field);
            if (changed == 0) {
                jdbc.update(
                        "INSERT INTO consent_violation_daily (agency_id, client_id, integration_id, local_day, field, violations) "
                                + "VALUES (?, ?, ?, ?, ?, ?)",
                        agency.value(), client, integration, day, field, count);
            }
        });
    }

    /**
     * Per integration of the client: samples, invalid samples, and violations per field
     * over the days.
     */
    public List<ContractCheck> contractChecks(AgencyId agency, ClientId client, LocalDate from, LocalDate to) {
        Map<UUID, Map<String, Long>> violations = new java.util.HashMap<>();
        jdbc.query("SELECT integration_id, field, SUM(violations) FROM consent_violation_daily WHERE agency_id = ? "
                + "AND client_id = ? AND local_day BETWEEN ? AND ? GROUP BY integration_id, field ORDER BY 3 DESC",
                rs -> {
                    violations.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getLong(3));
                }, agency.value(), client.value(), from, to);
        return jdbc
            .query("SELECT integration_id, SUM(samples), SUM(invalid) FROM consent_sample_daily WHERE agency_id = ? "
                    + "AND client_id = ? AND local_day BETWEEN ? AND ? GROUP BY integration_id", (rs, n) -> {
                        UUID integration = rs.getObject(1, UUID.class);
                        return new ContractCheck(new IntegrationId(integration), rs.getLong(2), rs.getLong(3),
                                violations.getOrDefault(integration, Map.of()));
                    }, agency.value(), client.value(), from, to);
    }

    private static List<Object> countValues(ConsentCounts counts) {
        List<Object> values = new ArrayList<>(List.of(counts.records(), counts.complete(), counts.untagged()));
        for (ConsentField field : ConsentField.values()) {
            values.add(counts.carrying(field));
        }
        values.add(counts.optInTrue());
        values.add(counts.stale());
        return values;
    }

    private static ConsentCounts counts(ResultSet rs, int first) throws SQLException {
        Map<ConsentField, Long> carrying = new EnumMap<>(ConsentField.class);
        for (ConsentField field : ConsentField.values()) {
            carrying.put(field, rs.getLong(first + 3 + field.ordinal()));
        }
        return new ConsentCounts(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), carrying,
                rs.getLong(first + 3 + ConsentField.values().length),
                rs.getLong(first + 4 + ConsentField.values().length));
    }

}
