package io.plumbline.metrics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps raw observations for {@code plumbline.metrics.raw-retention} (30 days) and
 * rollups for their retention: on PostgreSQL by creating tomorrow's day partitions and
 * dropping whole old ones; on the embedded database by deleting rows. Runs at start-up
 * and every night; every step is idempotent, so two nodes running it at once do no harm.
 */
public class ObservationRetention {

    private static final Logger log = LoggerFactory.getLogger(ObservationRetention.class);

    private final JdbcTemplate jdbc;

    private final Clock clock;

    private final boolean postgres;

    private final Duration rawRetention;

    private final Duration minuteRollupRetention;

    private final Duration rollupRetention;

    ObservationRetention(JdbcTemplate jdbc, Clock clock, boolean postgres, Duration rawRetention,
            Duration minuteRollupRetention, Duration rollupRetention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgres = postgres;
        this.rawRetention = rawRetention;
        this.minuteRollupRetention = minuteRollupRetention;
        this.rollupRetention = rollupRetention;
    }

    /** The oldest instant whose raw rows are still kept. */
    public Instant rawHorizon() {
        return clock.instant().minus(rawRetention);
    }

    /** The oldest instant whose minute rollups are still kept. */
    public Instant minuteRollupHorizon() {
        return clock.instant().minus(minuteRollupRetention);
    }

    @EventListener(ApplicationStartedEvent.class)
    @Scheduled(cron = "0 5 0 * * *", zone = "UTC")
    public void maintain() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate oldestRawDay = rawHorizon().atZone(ZoneOffset.UTC).toLocalDate();
        if (postgres) {
            Integer created = jdbc.queryForObject("SELECT plumbline_ensure_observation_partitions(?, ?)", Integer.class,
                    oldestRawDay, today.plusDays(3));
            Integer dropped = jdbc.queryForObject("SELECT plumbline_drop_observation_partitions(?)", Integer.class,
                    oldestRawDay);
            log.info("Observation partitions: {} created, {} dropped (raw kept from {})", created, dropped,
                    oldestRawDay);
        }
        else {
            jdbc.update("DELETE FROM observation WHERE observed_at < ?",
                    oldestRawDay.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        deleteRollups("minute", minuteRollupRetention);
        deleteRollups("hour", rollupRetention);
        deleteRollups("day", rollupRetention);
    }

    private void deleteRollups(String granularity, Duration retention) {
        var horizon = clock.instant().minus(retention).atOffset(ZoneOffset.UTC);
        if (postgres) {
            jdbc.queryForObject("SELECT plumbline_delete_old_rollups(?, ?)", Long.class, granularity, horizon);
        }
        else {
            jdbc.update("DELETE FROM rollup WHERE granularity = ? AND bucket_start < ?", granularity, horizon);
        }
    }

}
