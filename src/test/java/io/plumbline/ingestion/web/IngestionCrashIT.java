package io.plumbline.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.ingestion.web.FaultInjection.Fault;
import io.plumbline.ingestion.web.FaultInjection.Faults;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.Secrets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Crash safety of ingestion on PostgreSQL (docs/reliability.md): a batch and its
 * Idempotency-Key commit together, so a failure or a killed database backend at any step
 * leaves nothing or a completed key, and the retry is answered right; a broken connection
 * does not stay bound to the thread; an unreachable database answers 503.
 */
@PostgresIntegrationTest
@Import(FaultInjection.class)
@TestPropertySource(
        properties = { "plumbline.api.idempotency.claim-wait=1s", "spring.datasource.hikari.connection-timeout=1000",
                // Flyway cannot derive its own DataSource from the wrapped one
                // (FaultInjection), so it gets the URL.
                "spring.flyway.url=${spring.datasource.url}" })
class IngestionCrashIT {

    /** At least MIN_COPY_ROWS, so that the raw rows go through COPY. */
    static final int BATCH_SIZE = 12;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    Faults faults;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    IntegrationDetails crm;

    String apiKey;

    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void anAgencyWithAKey() {
        agency = fixtures.anAgency();
        crm = fixtures.anIntegration(agency, fixtures.aClient(agency));
        apiKey = agency.scope().call(() -> apiKeys.create("gateway", null)).secret();
    }

    @AfterEach
    void noFaultLeftArmed() {
        faults.clear();
    }

    @ParameterizedTest
    @EnumSource(BatchStep.class)
    void a_failure_at_any_step_before_the_commit_stores_nothing_and_the_retry_stores_once(BatchStep step)
            throws Exception {
        faults.at(step, Fault.THROW);

        send("crash-" + step, batch()).andExpect(status().isInternalServerError())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(
                    jsonPath("$.detail").value("The request could not be completed; nothing was stored. Retry later."));
        assertThat(idempotencyRecords()).isZero();
        assertTheRetryStoresTheBatchOnce("crash-" + step);
    }

    @ParameterizedTest
    @EnumSource(value = BatchStep.class, names = { "KEY_CLAIMED", "BATCH_STORED" })
    void a_backend_killed_before_the_commit_answers_503_nothing_stored_and_the_retry_stores_once(BatchStep step)
            throws Exception {
        faults.at(step, Fault.KILL_BACKEND);

        send("killed-" + step, batch()).andExpect(status().isServiceUnavailable())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(header().exists("Retry-After"))
            .andExpect(jsonPath("$.type").value("/problems/database-unavailable"));
        assertTheRetryStoresTheBatchOnce("killed-" + step);
    }

    @Test
    void a_backend_killed_at_the_commit_is_reported_as_an_unknown_outcome_and_the_retry_settles_it_once()
            throws Exception {
        faults.at(BatchStep.KEY_COMPLETED, Fault.KILL_BACKEND);

        send("killed-at-commit", batch()).andExpect(status().isServiceUnavailable())
            .andExpect(header().exists("Retry-After"))
            .andExpect(jsonPath("$.type").value("/problems/outcome-unknown"))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("same Idempotency-Key")));

        send("killed-at-commit", batch()).andExpect(status().isOk())
            .andExpect(jsonPath("$.accepted").value(BATCH_SIZE));
        send("killed-at-commit", batch()).andExpect(status().isOk())
            .andExpect(jsonPath("$.accepted").value(BATCH_SIZE));
        assertExactlyOnce();
    }

    @Test
    void a_retry_after_the_commit_replays_the_first_response_and_stores_nothing_more() throws Exception {
        String first = send("committed", batch()).andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

        String retry = send("committed", batch()).andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(retry).isEqualTo(first);
        assertExactlyOnce();
    }

    @Test
    void a_duplicate_waits_for_the_in_flight_request_and_replays_its_response_when_it_commits() throws Exception {
        MockHttpServletResponse answer = duplicateOfARequestInFlight("in-flight-commits", inFlight -> {
            try (PreparedStatement complete = inFlight
                .prepareStatement("UPDATE idempotency_record SET completed = TRUE, "
                        + "response_status = 200, response_body = '{\"accepted\":7}' WHERE idempotency_key = ?")) {
                complete.setString(1, "in-flight-commits");
                complete.executeUpdate();
            }
            inFlight.commit();
        });

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString()).isEqualTo("{\"accepted\":7}");
        assertThat(storedRows()).as("the duplicate replayed the first response, it stored nothing").isZero();
    }

    @Test
    void a_duplicate_waits_for_the_in_flight_request_and_stores_the_batch_once_when_that_rolls_back() throws Exception {
        MockHttpServletResponse answer = duplicateOfARequestInFlight("in-flight-rolls-back", Connection::rollback);

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString()).isEqualTo("{\"accepted\":" + BATCH_SIZE + "}");
        assertExactlyOnce();
    }

    @Test
    void a_duplicate_of_a_request_still_running_after_the_claim_wait_answers_409_in_progress() throws Exception {
        String batch = batch();
        try (Connection inFlight = holdUncommittedClaim("in-flight-long", batch)) {
            send("in-flight-long", batch).andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/idempotency-conflict"))
                .andExpect(jsonPath("$.detail")
                    .value("A request with this Idempotency-Key is still being processed; retry shortly."));
            inFlight.rollback();
        }
        assertTheRetryStoresTheBatchOnce("in-flight-long");
    }

    @Test
    void a_transaction_whose_connection_died_before_the_tenant_was_bound_leaves_the_thread_clean_for_the_next()
            throws Exception {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        faults.killNextConnectionBorrowedByThisThread();

        assertThatThrownBy(() -> agency.scope()
            .run(() -> transactions.executeWithoutResult(status -> jdbc.queryForObject("SELECT 1", Integer.class))))
            .hasMessageContaining("Could not bind the tenant");

        assertThat(TransactionSynchronizationManager.getResourceMap()).as("nothing left bound to the thread").isEmpty();
        for (int i = 0; i < 3; i++) {
            String boundAgency = agency.scope()
                .call(() -> transactions.execute(
                        status -> jdbc.queryForObject("SELECT current_setting('plumbline.agency_id')", String.class)));
            assertThat(boundAgency).isEqualTo(agency.id().value().toString());
        }
    }

    @Test
    void api_requests_on_the_thread_recover_after_the_database_killed_their_connection() throws Exception {
        faults.killNextConnectionBorrowedByThisThread();

        send("after-kill-1", batch()).andExpect(status().isServiceUnavailable())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(header().exists("Retry-After"));

        send("after-kill-2", batch()).andExpect(status().isOk());
        send("after-kill-3", batch(now.minusSeconds(120))).andExpect(status().isOk());
        assertThat(storedRows()).isEqualTo(2 * BATCH_SIZE);
    }

    @Test
    void without_a_database_connection_the_api_answers_503_problem_with_retry_after_not_500() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout()).as("the bounded wait for a connection").isEqualTo(1000);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }

            send("outage", batch()).andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("/problems/database-unavailable"))
                .andExpect(jsonPath("$.title").value("Database unavailable"))
                .andExpect(jsonPath("$.detail")
                    .value("The database cannot be reached; nothing was stored. Retry after 5 s."));
        }
        finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        send("outage", batch()).andExpect(status().isOk());
    }

    /** The retry of a request that stored nothing stores its batch, once. */
    private void assertTheRetryStoresTheBatchOnce(String idempotencyKey) throws Exception {
        assertThat(storedRows()).as("stored before the retry").isZero();
        send(idempotencyKey, batch()).andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(BATCH_SIZE));
        assertExactlyOnce();
    }

    /**
     * Sends a duplicate of a request whose claim of the key is in flight, waits until the
     * duplicate waits on that claim, then lets the in-flight request end as told.
     * @return the duplicate's answer
     */
    private MockHttpServletResponse duplicateOfARequestInFlight(String idempotencyKey,
            SqlConsumer<Connection> endInFlight) throws Exception {
        String batch = batch();
        try (Connection inFlight = holdUncommittedClaim(idempotencyKey, batch)) {
            CompletableFuture<MockHttpServletResponse> duplicate = sendInBackground(idempotencyKey, batch);
            awaitClaimBlockedOnRowLock();
            endInFlight.accept(inFlight);
            return duplicate.get(60, TimeUnit.SECONDS);
        }
    }

    @FunctionalInterface
    private interface SqlConsumer<T> {

        void accept(T value) throws SQLException;

    }

    private void assertExactlyOnce() throws SQLException {
        assertThat(storedRows()).as("raw rows").isEqualTo(BATCH_SIZE);
        assertThat(rolledUp()).as("minute rollups").isEqualTo(BATCH_SIZE);
    }

    /**
     * A second connection that has inserted the key's record, as a request in flight has,
     * and not committed.
     */
    private Connection holdUncommittedClaim(String idempotencyKey, String batch) throws SQLException {
        var principal = apiKeys.authenticate(apiKey).orElseThrow();
        Connection connection = faults.superuser();
        connection.setAutoCommit(false);
        try (PreparedStatement claim = connection
            .prepareStatement("INSERT INTO idempotency_record (agency_id, api_key_id, "
                    + "idempotency_key, request_hash, completed, created_at) VALUES (?, ?, ?, ?, FALSE, now())")) {
            claim.setObject(1, agency.id().value());
            claim.setObject(2, principal.key().value());
            claim.setString(3, idempotencyKey);
            claim.setString(4, Secrets.sha256("/api/v1/observations json:" + Secrets.sha256(batch.getBytes())));
            claim.executeUpdate();
        }
        return connection;
    }

    /**
     * Waits (polling, with a generous bound) until a backend's INSERT of an idempotency
     * record waits on a lock.
     */
    private void awaitClaimBlockedOnRowLock() {
        await("the duplicate waiting on the in-flight request's row lock").atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(20))
            .until(() -> count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE ?",
                    "INSERT INTO idempotency_record%") > 0);
    }

    private CompletableFuture<MockHttpServletResponse> sendInBackground(String idempotencyKey, String batch) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(idempotencyKey, batch).andReturn().getResponse();
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long storedRows() throws SQLException {
        return count("SELECT count(*) FROM observation WHERE integration_id = ?");
    }

    private long rolledUp() throws SQLException {
        return count("SELECT coalesce(sum(total), 0) FROM rollup WHERE integration_id = ? AND granularity = 'minute'");
    }

    private long idempotencyRecords() throws SQLException {
        return count("SELECT count(*) FROM idempotency_record WHERE agency_id = ?", agency.id().value());
    }

    private long count(String sql) throws SQLException {
        return count(sql, crm.id().value());
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection admin = faults.superuser(); PreparedStatement query = admin.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private ResultActions send(String idempotencyKey, String body) throws Exception {
        return mvc.perform(post("/api/v1/observations").header("Authorization", "Bearer " + apiKey)
            .header("Idempotency-Key", idempotencyKey)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
    }

    private String batch() {
        return batch(now.minusSeconds(60));
    }

    private String batch(Instant from) {
        return IntStream.range(0, BATCH_SIZE)
            .mapToObj(i -> ("{\"integration\":\"%s\",\"timestamp\":\"%s\","
                    + "\"operation\":\"GET /contacts\",\"status\":200,\"latencyMs\":%d}")
                .formatted(crm.key(), from.plusSeconds(i), 50 + i))
            .collect(Collectors.joining(",", "[", "]"));
    }

}
