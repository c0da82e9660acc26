package io.plumbline.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.ingestion.ApiKeyId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiRateLimiterTest {

    @Test
    void a_key_gets_its_burst_then_is_told_how_long_to_wait_while_other_keys_are_unaffected() {
        ApiRateLimiter limiter = new ApiRateLimiter(1, 3);
        ApiKeyId busy = new ApiKeyId(UUID.randomUUID());

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(busy)).isEmpty();
        }

        assertThat(limiter.tryAcquire(busy)).hasValue(1);
        assertThat(limiter.tryAcquire(new ApiKeyId(UUID.randomUUID()))).isEmpty();
    }
}
