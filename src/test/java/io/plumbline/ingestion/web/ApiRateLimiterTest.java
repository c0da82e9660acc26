package io.plumbline.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.EmbeddedTestDatabase;
import io.plumbline.TestClock;
import io.plumbline.ingestion.ApiKeyId;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The limiter's SQL on the embedded H2 default; ApiRateLimitIT and LimitsAcrossNodesIT
 * run it on PostgreSQL.
 */
class ApiRateLimiterTest {

    private final EmbeddedTestDatabase database = new EmbeddedTestDatabase();

    private final TestClock clock = new TestClock();

    private final ApiRateLimiter limiter = new ApiRateLimiter(database.jdbc(), database.dialect(), clock, 2, 3);

    @Test
    void a_key_gets_its_burst_then_is_told_how_long_to_wait_while_other_keys_are_unaffected() {
        clock.stopAt(Instant.parse("2026-12-07T10:00:00Z"));
        ApiKeyId busy = new ApiKeyId(database.anApiKey());

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(busy)).isEmpty();
        }

        assertThat(limiter.tryAcquire(busy)).hasValue(1);
        assertThat(limiter.tryAcquire(new ApiKeyId(database.anApiKey()))).isEmpty();
    }

    @Test
    void the_bucket_refills_at_the_configured_rate_and_no_further_than_the_burst() {
        clock.stopAt(Instant.parse("2026-12-07T10:00:00Z"));
        ApiKeyId key = new ApiKeyId(database.anApiKey());
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(key);
        }

        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire(key)).isEmpty();
        assertThat(limiter.tryAcquire(key)).isPresent();

        clock.advance(Duration.ofMinutes(10));
        assertThat(admittedInARow(key, 10)).isEqualTo(3);
    }

    @Test
    void every_request_records_the_keys_last_use_also_a_refused_one() {
        clock.stopAt(Instant.parse("2026-12-07T10:00:00Z"));
        ApiKeyId key = new ApiKeyId(database.anApiKey());
        admittedInARow(key, 4);
        clock.advance(Duration.ofMillis(100));

        assertThat(limiter.tryAcquire(key)).isPresent();

        assertThat(database.jdbc()
            .getJdbcTemplate()
            .queryForObject("SELECT last_used_at FROM api_key_use WHERE api_key_id = ?", OffsetDateTime.class,
                    key.value())
            .toInstant()).isEqualTo(Instant.parse("2026-12-07T10:00:00.100Z"));
    }

    private int admittedInARow(ApiKeyId key, int attempts) {
        int admitted = 0;
        for (int i = 0; i < attempts; i++) {
            if (limiter.tryAcquire(key).isEmpty()) {
                admitted++;
            }
        }
        return admitted;
    }

}
