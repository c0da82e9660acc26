package io.plumbline.ingestion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.EmbeddedTestDatabase;
import io.plumbline.ingestion.UnmappedHost;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The unmapped-host counts on the embedded H2 default (migration V30 and the upsert);
 * OtlpTracesIT runs them on PostgreSQL.
 */
class UnmappedHostStoreTest {

    private final EmbeddedTestDatabase database = new EmbeddedTestDatabase();

    private final UnmappedHostStore store = new UnmappedHostStore(database.jdbc(), database.dialect());

    @Test
    void counts_add_up_per_host_keep_the_first_and_last_sighting_and_can_be_forgotten() {
        UUID agency = agency();
        Instant first = Instant.parse("2026-12-08T09:00:00Z");
        store.count(agency, null, "api.hubapi.com", 3, first, "crm-sync");
        store.count(agency, null, "api.hubapi.com", 2, first.plusSeconds(60), null);
        store.count(agency, null, "a.klaviyo.com", 1, first.plusSeconds(30), "mailer");

        assertThat(store.list(agency, null)).containsExactly(
                new UnmappedHost("api.hubapi.com", null, 5, first, first.plusSeconds(60), "crm-sync"),
                new UnmappedHost("a.klaviyo.com", null, 1, first.plusSeconds(30), first.plusSeconds(30), "mailer"));
        assertThat(store.list(agency(), null)).isEmpty();

        assertThat(store.forget(agency, null, "api.hubapi.com")).isTrue();
        assertThat(store.forget(agency, null, "api.hubapi.com")).isFalse();
        assertThat(store.list(agency, null)).extracting(UnmappedHost::host).containsExactly("a.klaviyo.com");
    }

    private UUID agency() {
        UUID agency = UUID.randomUUID();
        database.jdbc()
            .getJdbcTemplate()
            .update("INSERT INTO agency (id, name, created_at) VALUES (?, 'Test agency', CURRENT_TIMESTAMP)", agency);
        return agency;
    }

}
