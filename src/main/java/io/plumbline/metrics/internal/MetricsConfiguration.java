package io.plumbline.metrics.internal;

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

    @Bean
    RecentChecksReader recentChecksReader(JdbcTemplate jdbc) {
        return new RecentChecksReader(jdbc);
    }

    @Bean
    ObservationRetention observationRetention(DatabaseDialect dialect, JdbcTemplate jdbc, java.time.Clock clock,
            org.springframework.core.env.Environment environment) {
        return new ObservationRetention(jdbc, clock, dialect.isPostgres(),
                environment.getProperty("plumbline.metrics.raw-retention", java.time.Duration.class,
                        java.time.Duration.ofDays(30)),
                environment.getProperty("plumbline.metrics.minute-rollup-retention", java.time.Duration.class,
                        java.time.Duration.ofDays(30)),
                environment.getProperty("plumbline.metrics.rollup-retention", java.time.Duration.class,
                        java.time.Duration.ofDays(730)));
    }

}
