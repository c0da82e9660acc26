package io.plumbline.metrics.internal;

import java.time.Clock;
import io.plumbline.metrics.MetricsProperties;
import io.plumbline.shared.DatabaseDialect;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    MetricsStore metricsStore(DataSource dataSource, JdbcTemplate jdbc, DatabaseDialect dialect) {
        boolean postgres = dialect.isPostgres();
        RawObservationWriter inserts = new JdbcBatchWriter(jdbc);
        RawObservationWriter raw = postgres ? new PostgresCopyWriter(dataSource, inserts) : inserts;
        return new MetricsStore(raw, new RollupWriter(jdbc, postgres), new RollupReader(jdbc, postgres));
    }

    /** Flyway V29_1: Spring Boot gives every JavaMigration bean to Flyway. */
    @Bean
    static RollupSketchMigration rollupSketchMigration() {
        return new RollupSketchMigration();
    }

    @Bean
    RecentChecksReader recentChecksReader(JdbcTemplate jdbc) {
        return new RecentChecksReader(jdbc);
    }

    @Bean
    ObservationRetention observationRetention(DatabaseDialect dialect, JdbcTemplate jdbc, Clock clock,
            MetricsProperties retention) {
        return new ObservationRetention(jdbc, clock, dialect.isPostgres(), retention.rawRetention(),
                retention.minuteRollupRetention(), retention.rollupRetention());
    }

}
