package io.plumbline.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.ingestion.IssuedApiKey;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.MetricsService;
import io.plumbline.shared.Secrets;
import io.plumbline.tenancy.ClientDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingestion API over HTTP with real keys on PostgreSQL: semantics, errors and
 * isolation.
 */
@PostgresIntegrationTest
class IngestionApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    MetricsService metrics;

    @Autowired
    IdempotencyStore idempotency;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    ClientDetails client;

    IntegrationDetails crm;

    String agencyKey;

    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void anAgencyWithAKey() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        agencyKey = agency.scope().call(() -> apiKeys.create("gateway", null)).secret();
    }

    @Test
    void a_valid_batch_is_stored_and_shows_in_the_health_endpoint() throws Exception {
        String batch = "[" + item(crm.key(), now.minusSeconds(60), 200, 120) + ","
                + item(crm.key(), now.minusSeconds(30), 503, 900) + "," + item(crm.key(), now.minusSeconds(10), 429, 50)
                + "]";

        send(agencyKey, batch).andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(3));

        mvc.perform(get("/api/v1/integrations/" + crm.key() + "/health").header("Authorization", "Bearer " + agencyKey))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total").value(3))
            .andExpect(jsonPath("$.good").value(1))
            .andExpect(jsonPath("$.failures.SERVER_ERROR").value(1))
            .andExpect(jsonPath("$.failures.THROTTLED").value(1))
            // percentiles come from the log-scale histogram: within 2 % of the true 120
            // ms
            .andExpect(jsonPath("$.latencyMs.p50", org.hamcrest.Matchers
                .allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(118), org.hamcrest.Matchers.lessThanOrEqualTo(122))));
    }

    @Test
    void ndjson_is_accepted_line_by_line() throws Exception {
        String body = item(crm.key(), now.minusSeconds(5), 200, 80) + "\n"
                + item(crm.key(), now.minusSeconds(4), 200, 90) + "\n";

        mvc.perform(post("/api/v1/observations").header("Authorization", "Bearer " + agencyKey)
            .contentType("application/x-ndjson")
            .content(body)).andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(2));
    }

    @Test
    void one_bad_item_refuses_the_whole_batch_naming_index_field_and_reason() throws Exception {
        String batch = "[" + item(crm.key(), now.minusSeconds(5), 200, 80) + "," + "{\"integration\":\"" + crm.key()
                + "\",\"timestamp\":\"" + now + "\",\"latencyMs\":-4}," + "{\"integration\":\"" + crm.key()
                + "\",\"timestamp\":\"" + now.plus(Duration.ofHours(2)) + "\",\"latencyMs\":\"fast\"}]";

        send(agencyKey, batch).andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("/problems/invalid-observations"))
            .andExpect(jsonPath("$.detail").value("2 of 3 observations are invalid; nothing was stored."))
            .andExpect(jsonPath("$.errors", hasSize(3)))
            .andExpect(jsonPath("$.errors[0].index").value(1))
            .andExpect(jsonPath("$.errors[0].field").value("latencyMs"))
            .andExpect(jsonPath("$.errors[0].reason").value("must be between 0 and 600000"))
            .andExpect(jsonPath("$.errors[1].field").value("timestamp"))
            .andExpect(jsonPath("$.errors[1].reason").value("is more than 5 minutes in the future"))
            .andExpect(jsonPath("$.errors[2].reason").value("must be a whole number"));

        assertThat(storedCount()).isZero();
    }

    @Test
    void malformed_json_empty_batches_and_wrong_shapes_get_clear_problems() throws Exception {
        send(agencyKey, "[{\"integration\": ").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("/problems/malformed-batch"));
        send(agencyKey, "[]").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("/problems/empty-batch"));
        send(agencyKey, "{\"integration\":\"x\"}").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The body must be a JSON array")));
        send(agencyKey, "[{\"timestamp\":\"yesterday\",\"latencyMs\":5,\"retried\":\"no\"}]")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", contains("integration", "timestamp", "retried")));
    }

    @Test
    void the_streaming_parser_answers_with_the_words_of_the_tree_parser_it_replaced() throws Exception {
        // ObservationParserTest compares both parsers on a plain JsonMapper; this checks
        // the application's own mapper: trailing tokens refused, NDJSON line numbers
        // counting blank lines, item indexes not.
        send(agencyKey, "[" + item(crm.key(), now, 200, 10) + "] []").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("/problems/malformed-batch"))
            .andExpect(
                    jsonPath("$.detail").value("The body is not valid JSON: Trailing token (`JsonToken.START_ARRAY`) "
                            + "found after value (bound as `tools.jackson.databind.JsonNode`): not allowed as per "
                            + "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`"));
        mvc.perform(post("/api/v1/observations").header("Authorization", "Bearer " + agencyKey)
            .contentType("application/x-ndjson")
            .content(item(crm.key(), now, 200, 10) + "\n\n{\"integration\": \n"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail")
                .value("Line 3 is not valid JSON: Unexpected end-of-input within/between Object entries"));
        mvc.perform(post("/api/v1/observations").header("Authorization", "Bearer " + agencyKey)
            .contentType("application/x-ndjson")
            .content("\n" + item(crm.key(), now, 200, 10) + "\n\n{\"integration\":\"" + crm.key()
                    + "\",\"timestamp\":\"" + now + "\",\"latencyMs\":1,\"latencyMs\":99999999999999999999}\n"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value("1 of 2 observations are invalid; nothing was stored."))
            .andExpect(jsonPath("$.errors[0].index").value(1))
            .andExpect(jsonPath("$.errors[0].field").value("latencyMs"))
            .andExpect(jsonPath("$.errors[0].reason").value("must be a whole number"));

        assertThat(storedCount()).isZero();
    }

    @Test
    void oversize_bodies_are_refused_with_413() throws Exception {
        String huge = "["
                + ("{\"integration\":\"" + crm.key() + "\",\"padding\":\"" + "x".repeat(1000) + "\"},").repeat(5300)
                + "{}]";

        send(agencyKey, huge).andExpect(status().isPayloadTooLarge())
            .andExpect(jsonPath("$.type").value("/problems/payload-too-large"));
    }

    @Test
    void an_unknown_key_and_another_agencys_key_get_the_same_answer() throws Exception {
        TestAgency otherAgency = fixtures.anAgency();
        IntegrationDetails foreign = fixtures.anIntegration(otherAgency, fixtures.aClient(otherAgency));

        String unknown = send(agencyKey, "[" + item("no-such-integration", now, 200, 10) + "]")
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
        String other = send(agencyKey, "[" + item(foreign.key(), now, 200, 10) + "]").andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(other.replace(foreign.key(), "KEY")).isEqualTo(unknown.replace("no-such-integration", "KEY"));
        mvc.perform(
                get("/api/v1/integrations/" + foreign.key() + "/health").header("Authorization", "Bearer " + agencyKey))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.type").value("/problems/unknown-integration"));
    }

    @Test
    void a_client_key_sees_and_writes_only_its_clients_integrations() throws Exception {
        ClientDetails otherClient = fixtures.aClient(agency);
        IntegrationDetails otherClientsCrm = fixtures.anIntegration(agency, otherClient);
        String clientKey = agency.scope().call(() -> apiKeys.create("client sync", client.id())).secret();

        mvc.perform(get("/api/v1/integrations").header("Authorization", "Bearer " + clientKey))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].key", contains(crm.key())));
        send(clientKey, "[" + item(otherClientsCrm.key(), now, 200, 10) + "]").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].reason")
                .value("unknown integration key '%s'".formatted(otherClientsCrm.key())));
        send(clientKey, "[" + item(crm.key(), now, 200, 10) + "]").andExpect(status().isOk());
    }

    @Test
    void health_window_instants_out_of_range_or_malformed_are_a_400_problem_naming_the_parameter() throws Exception {
        String health = "/api/v1/integrations/" + crm.key() + "/health";

        for (String[] parameter : new String[][] { { "to", "+1000000000-12-31T23:59:59Z" },
                { "from", "-1000000000-01-01T00:00:00Z" }, { "to", "+10000-01-01T00:00:00Z" },
                { "from", "yesterday" } }) {
            mvc.perform(get(health).param(parameter[0], parameter[1]).header("Authorization", "Bearer " + agencyKey))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-window"))
                .andExpect(jsonPath("$.parameter").value(parameter[0]))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("'" + parameter[0] + "'")));
        }
        mvc.perform(get(health).param("from", "9999-12-30T00:00:00Z")
            .param("to", "9999-12-31T23:59:59Z")
            .header("Authorization", "Bearer " + agencyKey)).andExpect(status().isOk());
        mvc.perform(get(health).param("from", "0001-01-01T00:00:00Z")
            .param("to", "0001-01-02T00:00:00Z")
            .header("Authorization", "Bearer " + agencyKey)).andExpect(status().isOk());
    }

    @Test
    void missing_and_revoked_keys_are_refused_alike() throws Exception {
        IssuedApiKey revoked = agency.scope().call(() -> apiKeys.create("old", null));
        agency.scope().run(() -> apiKeys.revoke(revoked.details().id()));

        for (String key : new String[] { "", "pl_not-a-real-key", revoked.secret() }) {
            send(key, "[" + item(crm.key(), now, 200, 10) + "]").andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"plumbline\""))
                .andExpect(jsonPath("$.type").value("/problems/unauthenticated"));
        }
        assertThat(storedCount()).isZero();
    }

    @Test
    void same_idempotency_key_and_body_return_the_first_response_and_store_once() throws Exception {
        String batch = "[" + item(crm.key(), now.minusSeconds(3), 200, 70) + "]";

        String first = sendIdempotent("sync-42", batch).andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        String second = sendIdempotent("sync-42", batch).andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(second).isEqualTo(first);
        assertThat(storedCount()).isEqualTo(1);
    }

    @Test
    void same_idempotency_key_with_another_body_is_refused_with_422() throws Exception {
        sendIdempotent("sync-43", "[" + item(crm.key(), now.minusSeconds(3), 200, 70) + "]").andExpect(status().isOk());

        sendIdempotent("sync-43", "[" + item(crm.key(), now.minusSeconds(2), 200, 71) + "]")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.type").value("/problems/idempotency-conflict"));
        assertThat(storedCount()).isEqualTo(1);
    }

    @Test
    void a_key_left_open_by_the_earlier_three_transaction_version_answers_409() throws Exception {
        String batch = "[" + item(crm.key(), now.minusSeconds(3), 200, 70) + "]";
        var principal = apiKeys.authenticate(agencyKey).orElseThrow();
        String hash = Secrets.sha256("/api/v1/observations json:" + Secrets.sha256(batch.getBytes()));
        // Claimed and committed without completion: what a crash between the old
        // version's transactions left behind.
        agency.scope()
            .run(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> assertThat(idempotency.claim(principal, "sync-44", hash)).isEmpty()));

        sendIdempotent("sync-44", batch).andExpect(status().isConflict())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(storedCount()).isZero();
    }

    @Test
    void unknown_paths_wrong_methods_and_wrong_media_types_are_answered_with_problem_details() throws Exception {
        mvc.perform(get("/api/v1/no-such-endpoint").header("Authorization", "Bearer " + agencyKey))
            .andExpect(status().isNotFound())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("/problems/not-found"))
            .andExpect(jsonPath("$.title").value("Not found"))
            .andExpect(jsonPath("$.detail").value("There is no API endpoint GET /api/v1/no-such-endpoint."));
        mvc.perform(get("/api/v1/observations").header("Authorization", "Bearer " + agencyKey))
            .andExpect(status().isMethodNotAllowed())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(header().string("Allow", "POST"))
            .andExpect(jsonPath("$.type").value("/problems/method-not-allowed"))
            .andExpect(jsonPath("$.detail").value("GET is not allowed on /api/v1/observations; allowed: POST."));
        mvc.perform(post("/api/v1/observations").header("Authorization", "Bearer " + agencyKey)
            .contentType(MediaType.TEXT_PLAIN)
            .content("status=200"))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("/problems/unsupported-media-type"))
            .andExpect(jsonPath("$.title").value("Unsupported media type"))
            .andExpect(jsonPath("$.detail").value("Send application/json (an array) or application/x-ndjson."));
    }

    @Test
    void a_missing_key_is_answered_with_a_problem_detail_on_every_api_path() throws Exception {
        for (String path : new String[] { "/api/v1/integrations", "/api/v1/no-such-endpoint" }) {
            mvc.perform(get(path))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/unauthenticated"))
                .andExpect(jsonPath("$.title").value("API key required"));
        }
    }

    private long storedCount() {
        return agency.scope()
            .call(() -> metrics.health(crm.id(), now.minus(Duration.ofHours(3)), now.plus(Duration.ofHours(1)))
                .total());
    }

    private ResultActions send(String key, String body) throws Exception {
        return mvc.perform(post("/api/v1/observations").header("Authorization", "Bearer " + key)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
    }

    private ResultActions sendIdempotent(String idempotencyKey, String body) throws Exception {
        return mvc.perform(post("/api/v1/observations").header("Authorization", "Bearer " + agencyKey)
            .header("Idempotency-Key", idempotencyKey)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
    }

    private static String item(String key, Instant at, int status, int latency) {
        return "{\"integration\":\"%s\",\"timestamp\":\"%s\",\"operation\":\"GET /contacts\",\"status\":%d,\"latencyMs\":%d}"
            .formatted(key, at, status, latency);
    }

}
