package io.plumbline.metrics.internal;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    MetricsStore metricsStore(DataSource dataSource, JdbcTemplate jdbc) throws MetaDataAccessException {
        boolean postgres = isPostgres(dataSource);
        RawObservationWriter inserts = new JdbcBatchWriter(jdbc);
        RawObservationWriter raw = postgres ? new PostgresCopyWriter(dataSource, inserts) : inserts;
        return new MetricsStore(raw, new RollupWriter(jdbc, postgres), new RollupReader(jdbc, postgres));
    }

    @Bean
    RecentChecksReader recentChecksReader(JdbcTemplate jdbc) {
        return new RecentChecksReader(jdbc);
    }

    @Bean
    ObservationRetention observationRetention(DataSource dataSource, JdbcTemplate jdbc, java.time.Clock clock,
            org.springframework.core.env.Environment environment) throws MetaDataAccessException {
        return new ObservationRetention(jdbc, clock, isPostgres(dataSource),
                environment.getProperty("plumbline.metrics.raw-retention", java.time.Duration.class, java.time.Duration.ofDays(30)),
                environment.getProperty("plumbline.metrics.minute-rollup-retention", java.time.Duration.class, java.time.Duration.ofDays(30)),
                environment.getProperty("plumbline.metrics.rollup-retention", java.time.Duration.class, java.time.Duration.ofDays(730)));
    }

    static boolean isPostgres(DataSource dataSource) throws MetaDataAccessException {
        return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                .toLowerCase().contains("postgres");
    }
}
