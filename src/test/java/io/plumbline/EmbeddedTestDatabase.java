package io.plumbline;

import io.plumbline.shared.DatabaseDialect;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory H2 database with every migration of the embedded default (common +
 * h2), for tests of SQL that must run on H2 as well as PostgreSQL, without a Spring
 * context.
 */
public final class EmbeddedTestDatabase {

    private final NamedParameterJdbcTemplate jdbc;

    public EmbeddedTestDatabase() {
        // The embedded default's URL settings (application.properties), in memory and
        // kept open until the JVM ends.
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa", "");
        Flyway.configure()
            .dataSource(dataSource)
            .locations("filesystem:db/migration/common", "filesystem:db/migration/h2")
            .placeholders(Map.of("app_role", "plumbline_app"))
            .load()
            .migrate();
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public NamedParameterJdbcTemplate jdbc() {
        return jdbc;
    }

    public DatabaseDialect dialect() {
        return DatabaseDialect.h2();
    }

    /** An agency with one API key (its hash random): @return the key's id */
    public UUID anApiKey() {
        UUID agency = UUID.randomUUID();
        UUID key = UUID.randomUUID();
        jdbc.getJdbcTemplate()
            .update("INSERT INTO agency (id, name, created_at) VALUES (?, 'Test agency', CURRENT_TIMESTAMP)", agency);
        jdbc.getJdbcTemplate()
            .update("INSERT INTO api_key (id, agency_id, name, key_prefix, key_hash, created_by, created_at) "
                    + "VALUES (?, ?, 'test', 'pl_test', ?, 'test', CURRENT_TIMESTAMP)", key, agency,
                    UUID.randomUUID().toString().replace("-", ""));
        return key;
    }

}
