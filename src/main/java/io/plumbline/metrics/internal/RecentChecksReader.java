package io.plumbline.metrics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The newest synthetic-check rows of one integration, from the raw table (rollups cannot
 * say which checks came last). Bounded by {@code since} so that PostgreSQL reads only the
 * recent day partitions.
 */
public class RecentChecksReader {

    private final JdbcTemplate jdbc;

    RecentChecksReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first: true for a good check, false for a failed one. */
    public List<Boolean> lastOutcomes(UUID agency, UUID integration, Instant since, int limit) {
        return jdbc.query("""
                SELECT failure_class FROM observation
                WHERE agency_id = ? AND integration_id = ? AND source = 'MONITOR' AND observed_at >= ?
                ORDER BY observed_at DESC LIMIT ?""", (rs, row) -> rs.getString(1) == null, agency, integration,
                Timestamp.from(since), limit);
    }

}
