package io.plumbline.shared;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The database the app runs on — PostgreSQL in production, H2 as the embedded default —
 * and the one statement shape whose SQL differs between them: a change that answers with
 * the changed row.
 */
public final class DatabaseDialect {

    private final boolean postgres;

    private DatabaseDialect(boolean postgres) {
        this.postgres = postgres;
    }

    public static DatabaseDialect of(DataSource dataSource) {
        try {
            return new DatabaseDialect(
                    JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                        .toLowerCase(Locale.ROOT)
                        .contains("postgres"));
        }
        catch (MetaDataAccessException e) {
            throw new IllegalStateException("Could not tell which database this is", e);
        }
    }

    public static DatabaseDialect postgres() {
        return new DatabaseDialect(true);
    }

    public static DatabaseDialect h2() {
        return new DatabaseDialect(false);
    }

    public boolean isPostgres() {
        return postgres;
    }

    /**
     * One row's read-modify-write as a single statement, so that concurrent nodes never
     * lose an update: runs {@code update} (an UPDATE of one row by its key) and answers
     * with its {@code columns} after the change; when the row does not exist yet, runs
     * {@code insert} (one row) instead, and if another node inserted it meanwhile, the
     * update after all. On PostgreSQL that insert is {@code ON CONFLICT DO NOTHING}, so a
     * surrounding transaction stays usable.
     */
    public <T> T updateOrInsert(NamedParameterJdbcTemplate jdbc, String update, String insert, String columns,
            SqlParameterSource parameters, RowMapper<T> row) {
        List<T> changed = jdbc.query(returning(update, columns), parameters, row);
        if (changed.isEmpty()) {
            changed = insertUnlessPresent(jdbc, insert, columns, parameters, row);
        }
        if (changed.isEmpty()) {
            changed = jdbc.query(returning(update, columns), parameters, row);
        }
        if (changed.size() != 1) {
            throw new IllegalStateException("Expected one changed row, got " + changed.size());
        }
        return changed.getFirst();
    }

    private <T> List<T> insertUnlessPresent(NamedParameterJdbcTemplate jdbc, String insert, String columns,
            SqlParameterSource parameters, RowMapper<T> row) {
        if (postgres) {
            return jdbc.query(returning(insert + " ON CONFLICT DO NOTHING", columns), parameters, row);
        }
        try {
            return jdbc.query(returning(insert, columns), parameters, row);
        }
        catch (DuplicateKeyException insertedMeanwhile) {
            return List.of();
        }
    }

    /**
     * PostgreSQL has {@code RETURNING}; H2 reads the changed rows from a
     * {@code FINAL TABLE}.
     */
    private String returning(String change, String columns) {
        return postgres ? change + " RETURNING " + columns : "SELECT " + columns + " FROM FINAL TABLE (" + change + ")";
    }

}
