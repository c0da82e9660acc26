package io.plumbline.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.core.env.Environment;

/**
 * What autovacuum does for a running database, done at once after a benchmark's bulk
 * load: without statistics the planner takes freshly loaded rollup tables for empty and
 * picks plans that read millions of rows (and the machines these benchmarks run on have
 * autovacuum switched off).
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    /**
     * {@code VACUUM ANALYZE} as the schema owner (the application's role may not);
     * returns the seconds it took.
     */
    public static double vacuumAnalyze(Environment environment) {
        long started = System.nanoTime();
        try (Connection owner = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password"));
                Statement statement = owner.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
        catch (SQLException e) {
            throw new IllegalStateException("VACUUM ANALYZE as the owner failed", e);
        }
        return (System.nanoTime() - started) / 1e9;
    }

}
