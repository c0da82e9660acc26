package io.plumbline.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code plumbline.metrics.*}; defaults in application.properties.
 *
 * @param rawRetention how long raw observations are kept, and how old an observation the
 * API still accepts
 * @param minuteRollupRetention how long minute rollups are kept
 * @param rollupRetention how long hourly and daily rollups are kept
 * @param password password of the {@code metrics} user for the actuator endpoints; blank:
 * nobody can sign in there
 */
@ConfigurationProperties("plumbline.metrics")
public record MetricsProperties(Duration rawRetention, Duration minuteRollupRetention, Duration rollupRetention,
        String password) {

}
