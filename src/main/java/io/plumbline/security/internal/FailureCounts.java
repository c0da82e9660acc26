package io.plumbline.security.internal;

import io.plumbline.shared.DatabaseDialect;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A table of failed sign-ins counted per key (an address, an e-mail's hash) and shared by
 * every node: a failure updates the key's row or inserts it; now and then it also deletes
 * the rows that no longer count, so the table stays small without a cleanup job.
 */
final class FailureCounts {

    /** About one failure in this many prunes the table. */
    private static final int PRUNE_ONE_IN = 100;

    private final NamedParameterJdbcTemplate jdbc;

    private final DatabaseDialect dialect;

    private final String update;

    private final String insert;

    private final String prune;

    /**
     * @param update counts a failure on the key's row
     * @param insert the key's first row
     * @param prune deletes the rows that no longer count
     */
    FailureCounts(NamedParameterJdbcTemplate jdbc, DatabaseDialect dialect, String update, String insert,
            String prune) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.update = update;
        this.insert = insert;
        this.prune = prune;
    }

    /**
     * @return the named column of the key's row after the failure was counted
     */
    <T> T count(MapSqlParameterSource parameters, String column, RowMapper<T> value) {
        if (ThreadLocalRandom.current().nextInt(PRUNE_ONE_IN) == 0) {
            jdbc.update(prune, parameters);
        }
        return dialect.updateOrInsert(jdbc, update, insert, column, parameters, value);
    }

    <T> List<T> query(String sql, MapSqlParameterSource parameters, Class<T> type) {
        return jdbc.queryForList(sql, parameters, type);
    }

}
