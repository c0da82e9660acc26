package io.plumbline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.tenancy.ClientDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The consent API over HTTP with real keys on PostgreSQL: figures, refusals that store
 * nothing, idempotency, isolation.
 */
@PostgresIntegrationTest
class ConsentApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    ConsentService consent;

    @Autowired
    JdbcTemplate jdbc;

    TestAgency agency;

    ClientDetails client;

    IntegrationDetails crm;

    IntegrationDetails esp;

    String key;

    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void anAgencyWithAKey() {
        // A view test that ran earlier on this thread may leave a signed-in person
        // behind; API calls carry only the key.
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        Fixtures.signOut();
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        esp = fixtures.anIntegration(agency, client);
        key = agency.scope().call(() -> apiKeys.create("sync", null)).secret();
    }

    static String record(String integration, String ref, Instant observedAt, String consented, String source,
            String optIn) {
        return "{\"integration\":\"%s\",\"recordRef\":\"%s\",\"observedAt\":\"%s\"%s%s%s}".formatted(integration, ref,
                observedAt, consented == null ? "" : ",\"consentTimestamp\":\"" + consented + "\"",
                source == null ? "" : ",\"sourceId\":\"" + source + "\"", optIn == null ? "" : ",\"optIn\":" + optIn);
    }

    /**
     * The five records of ConsentTallyTest: 3 of 5 complete, opt-in 2 of 3, 1 stale of 4
     * with a timestamp (365 days).
     */
    String fiveRecords(String integration) {
        String fresh = now.minus(Duration.ofDays(10)).toString();
        String old = now.minus(Duration.ofDays(400)).toString();
        return "[" + String.join(",", record(integration, "c-1", now, fresh, "web-form", "true"),
                record(integration, "c-2", now, fresh, "web-form", null),
                record(integration, "c-3", now, fresh, "checkout", "false"),
                record(integration, "c-4", now, old, "checkout", "true"),
                record(integration, "c-5", now, null, null, null)) + "]";
    }

    @Test
    void records_become_coverage_per_integration_field_and_source() throws Exception {
        agency.scope().run(() -> consent.changePolicy(client.id(), ConsentField.DEFAULT_REQUIRED, 98, 365));

        send("records", key, fiveRecords(crm.key())).andExpect(status().isOk())
            .andExpect(jsonPath("$.accepted").value(5));

        ConsentCounts counts = agency.scope()
            .call(() -> consent.clientCoverage(client.id(), today(), today()))
            .counts();
        assertThat(counts.coverage().getAsDouble()).isEqualTo(0.6);
        assertThat(counts.optInRate().getAsDouble()).isEqualTo(2.0 / 3);
        assertThat(counts.stale()).isEqualTo(1);
        assertThat(agency.scope().call(() -> consent.sources(client.id(), today(), today())))
            .extracting(CoverageOf::subject)
            .containsExactly("(none)", "web-form", "checkout");
    }

    @Test
    void the_aggregate_form_of_the_same_records_gives_the_same_figures() throws Exception {
        agency.scope().run(() -> consent.changePolicy(client.id(), ConsentField.DEFAULT_REQUIRED, 98, 365));
        send("records", key, fiveRecords(crm.key())).andExpect(status().isOk());

        send("aggregates", key,
                "[{\"integration\":\"%s\",\"periodStart\":\"%s\",\"periodEnd\":\"%s\",\"recordsSent\":5,".formatted(
                        esp.key(), now.minusSeconds(600), now) + "\"carrying\":{\"consentTimestamp\":4,\"sourceId\":4,"
                        + "\"optIn\":3},\"optInTrue\":2,\"stale\":1,\"recordsComplete\":3}]")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.accepted").value(1));

        var perIntegration = agency.scope().call(() -> consent.integrationCoverage(client.id(), today(), today()));
        ConsentCounts fromRecords = perIntegration.stream()
            .filter(c -> c.subject().id().equals(crm.id()))
            .findFirst()
            .orElseThrow()
            .counts();
        ConsentCounts fromAggregate = perIntegration.stream()
            .filter(c -> c.subject().id().equals(esp.id()))
            .findFirst()
            .orElseThrow()
            .counts();
        assertThat(fromAggregate.coverage()).isEqualTo(fromRecords.coverage());
        assertThat(fromAggregate.optInRate()).isEqualTo(fromRecords.optInRate());
        assertThat(fromAggregate.staleShare()).isEqualTo(fromRecords.staleShare());
        for (ConsentField field : ConsentField.values()) {
            assertThat(fromAggregate.missing(field)).as(field.name()).isEqualTo(fromRecords.missing(field));
        }
    }

    @Test
    void record_references_that_are_emails_or_phone_numbers_are_refused_and_nothing_is_stored() throws Exception {
        String batch = "[" + String.join(",", record(crm.key(), "c-ok", now, null, "web", "true"),
                record(crm.key(), "jane.doe@example.com", now, null, "web", "true"),
                record(crm.key(), "+44 20 7946 0958", now, null, "web", "true"),
                record(crm.key(), "(555) 123-4567", now, null, "web", "true"),
                record(crm.key(), "c-ok-2", now, null, "ann@example.org", "true")) + "]";

        send("records", key, batch).andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("/problems/invalid-consent-records"))
            .andExpect(jsonPath("$.detail").value("4 of 5 consent records are invalid; nothing was stored."))
            .andExpect(jsonPath("$.errors[*].index", contains(1, 2, 3, 4)))
            .andExpect(jsonPath("$.errors[*].field", contains("recordRef", "recordRef", "recordRef", "sourceId")))
            .andExpect(jsonPath("$.errors[0].reason")
                .value(org.hamcrest.Matchers.startsWith("looks like an e-mail address")))
            .andExpect(jsonPath("$.errors[1].reason")
                .value(org.hamcrest.Matchers.startsWith("looks like a phone number")));

        assertNothingStored();
    }

    @Test
    void wrong_types_unknown_integrations_and_empty_batches_store_nothing() throws Exception {
        TestAgency other = fixtures.anAgency();
        IntegrationDetails foreign = fixtures.anIntegration(other, fixtures.aClient(other));
        String batch = "[{\"integration\":\"%s\",\"recordRef\":\"c-1\",\"observedAt\":\"%s\",\"optIn\":\"yes\","
            .formatted(crm.key(), now) + "\"consentTimestamp\":17,\"lawfulBasis\":\"because\"},"
                + record("no-such-integration", "c-2", now, null, null, "true") + ","
                + record(foreign.key(), "c-3", now, null, null, "true") + "]";

        send("records", key, batch).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field",
                    contains("consentTimestamp", "optIn", "lawfulBasis", "integration", "integration")))
            .andExpect(jsonPath("$.errors[1].reason").value("must be true or false"))
            .andExpect(jsonPath("$.errors[3].reason").value("unknown integration key 'no-such-integration'"))
            .andExpect(jsonPath("$.errors[4].reason").value("unknown integration key '%s'".formatted(foreign.key())));
        send("records", key, "[]").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("/problems/empty-batch"))
            .andExpect(jsonPath("$.detail").value("The batch holds no consent records."));
        send("aggregates", key,
                "[{\"integration\":\"%s\",\"observedAt\":\"%s\",\"recordsSent\":10,".formatted(crm.key(), now)
                        + "\"carrying\":{\"optIn\":11,\"email\":3},\"optInTrue\":2}]")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", contains("carrying.optIn", "carrying.email")));
        send("records", key, "[" + (record(crm.key(), "c", now, null, null, "true") + ",").repeat(10_000) + "{}]")
            .andExpect(status().isPayloadTooLarge())
            .andExpect(jsonPath("$.type").value("/problems/payload-too-large"));

        assertNothingStored();
    }

    @Test
    void ndjson_is_accepted_and_a_repeat_with_the_same_idempotency_key_stores_once() throws Exception {
        String body = record(crm.key(), "c-1", now, now.minusSeconds(60).toString(), "web", "true") + "\n"
                + record(crm.key(), "c-2", now, null, "web", "true") + "\n";

        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/consent/records").header("Authorization", "Bearer " + key)
                .header("Idempotency-Key", "consent-sync-1")
                .contentType("application/x-ndjson")
                .content(body)).andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(2));
        }

        assertThat(agency.scope().call(() -> consent.clientCoverage(client.id(), today(), today())).counts().records())
            .isEqualTo(2);
    }

    @Test
    void samples_are_checked_against_the_contract_and_violations_counted_per_field() throws Exception {
        String batch = "[{\"integration\":\"%s\",\"payload\":{\"consentTimestamp\":\"%s\",\"sourceId\":\"web\",\"optIn\":true}},"
            .formatted(crm.key(), now)
                + "{\"integration\":\"%s\",\"payload\":{\"sourceId\":\"web\",\"optIn\":\"yes\"}},".formatted(crm.key())
                + "{\"integration\":\"%s\",\"payload\":{\"consentTimestamp\":\"%s\",\"sourceId\":\"web\"}}]"
                    .formatted(crm.key(), now);

        send("samples", key, batch).andExpect(status().isOk())
            .andExpect(jsonPath("$.accepted").value(3))
            .andExpect(jsonPath("$.invalid").value(2));

        ContractCheck check = agency.scope()
            .call(() -> consent.contractChecks(client.id(), today(), today()))
            .getFirst();
        assertThat(check.samples()).isEqualTo(3);
        assertThat(check.invalid()).isEqualTo(2);
        assertThat(check.violationsByField()).containsOnly(Map.entry("/consentTimestamp", 1L), Map.entry("/optIn", 2L));
    }

    @Test
    void a_client_key_writes_only_its_own_clients_integrations() throws Exception {
        ClientDetails otherClient = fixtures.aClient(agency);
        IntegrationDetails otherCrm = fixtures.anIntegration(agency, otherClient);
        String clientKey = agency.scope().call(() -> apiKeys.create("client sync", client.id())).secret();

        send("records", clientKey, "[" + record(otherCrm.key(), "c-1", now, null, "web", "true") + "]")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].reason").value("unknown integration key '%s'".formatted(otherCrm.key())));
        send("records", clientKey, "[" + record(crm.key(), "c-1", now, null, "web", "true") + "]")
            .andExpect(status().isOk());

        assertThat(agency.scope()
            .call(() -> consent.clientCoverage(otherClient.id(), today(), today()))
            .counts()
            .records()).isZero();
    }

    private void assertNothingStored() {
        Long rows = agency.scope()
            .call(() -> new org.springframework.transaction.support.TransactionTemplate(transactions).execute(s -> jdbc
                .queryForObject("SELECT (SELECT COUNT(*) FROM consent_daily) + (SELECT COUNT(*) FROM consent_batch)"
                        + " + (SELECT COUNT(*) FROM consent_sample_daily)", Long.class)));
        assertThat(rows).isZero();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private LocalDate today() {
        return LocalDate.ofInstant(now, ZoneId.of("Europe/Berlin"));
    }

    private ResultActions send(String endpoint, String apiKey, String body) throws Exception {
        return mvc.perform(post("/api/v1/consent/" + endpoint).header("Authorization", "Bearer " + apiKey)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
    }

}
