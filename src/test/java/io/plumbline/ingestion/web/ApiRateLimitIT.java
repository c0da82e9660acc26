package io.plumbline.ingestion.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.ingestion.ApiKeyService;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class ApiRateLimitIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    TestClock clock;

    @Autowired
    ApiProperties api;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_key_over_its_rate_gets_429_with_retry_after_while_another_key_proceeds() throws Exception {
        clock.stopAt(Instant.now());
        TestAgency agency = fixtures.anAgency();
        String busy = agency.scope().call(() -> apiKeys.create("busy", null)).secret();
        String calm = agency.scope().call(() -> apiKeys.create("calm", null)).secret();

        // The clock stands still, so no token comes back: the burst is all a key gets.
        for (long i = 0; i < api.rateLimit().burst(); i++) {
            mvc.perform(get("/api/v1/integrations").header("Authorization", "Bearer " + busy))
                .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/integrations").header("Authorization", "Bearer " + busy))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string("Retry-After", "1"))
            .andExpect(jsonPath("$.type").value("/problems/rate-limited"));
        mvc.perform(get("/api/v1/integrations").header("X-API-Key", calm)).andExpect(status().isOk());
    }

}
