package io.plumbline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.plumbline.Fixtures.TestAgency;
import io.plumbline.ingestion.ApiKeyDetails;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.ingestion.IssuedApiKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Two application nodes on one PostgreSQL database, as behind a load balancer: this
 * class's context is node A, {@link NodeB}'s (same configuration, another cache key) is
 * node B. Each node has its own beans and memory; the limits must hold across both.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = { "plumbline.api.rate-limit.requests-per-second=1",
        "plumbline.api.rate-limit.burst=10", "plumbline.test.node=a" })
class LimitsAcrossNodesIT {

    @PostgresIntegrationTest
    @TestPropertySource(properties = { "plumbline.api.rate-limit.requests-per-second=1",
            "plumbline.api.rate-limit.burst=10", "plumbline.test.node=b" })
    static class NodeB {

    }

    private static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** One application context: its web layer, clock and API-key service. */
    record Node(MockMvc mvc, SecurityContextHolderStrategy securityContexts, TestClock clock, ApiKeyService apiKeys) {

        static Node of(ApplicationContext context) {
            return new Node(context.getBean(MockMvc.class), context.getBean(SecurityContextHolderStrategy.class),
                    context.getBean(TestClock.class), context.getBean(ApiKeyService.class));
        }

        MockHttpServletResponse perform(RequestBuilder request) throws Exception {
            // Each context has its own strategy; the static holder must point at this
            // node's (SecurityContextStrategyListener).
            SecurityContextHolder.setContextHolderStrategy(securityContexts);
            return mvc.perform(request).andReturn().getResponse();
        }
    }

    @Autowired
    ApplicationContext contextA;

    @Autowired
    Fixtures fixtures;

    Node nodeA;

    Node nodeB;

    TestAgency agency;

    @BeforeEach
    void bothNodesAtTheSameInstant() {
        ApplicationContext contextB = new TestContextManager(NodeB.class).getTestContext().getApplicationContext();
        assertThat(contextB).isNotSameAs(contextA);
        nodeA = Node.of(contextA);
        nodeB = Node.of(contextB);
        nodeA.clock().stopAt(START);
        nodeB.clock().stopAt(START);
        agency = fixtures.anAgency();
    }

    @AfterEach
    void resetClocks() {
        nodeA.clock().reset();
        nodeB.clock().reset();
        SecurityContextHolder.setContextHolderStrategy(contextA.getBean(SecurityContextHolderStrategy.class));
    }

    @Test
    void the_combined_rate_of_both_nodes_is_the_configured_rate() throws Exception {
        String key = agency.scope().call(() -> nodeA.apiKeys().create("busy", null)).secret();

        assertThat(statusesAlternatingNodes(key, 20)).containsOnly(200, 429)
            .filteredOn(status -> status == 200)
            .hasSize(10);

        advanceBoth(Duration.ofSeconds(3));
        assertThat(statusesAlternatingNodes(key, 6)).filteredOn(status -> status == 200).hasSize(3);
    }

    @Test
    void failed_sign_ins_from_one_address_count_on_both_nodes() throws Exception {
        String address = aFreshAddress();
        for (int i = 0; i < 20; i++) {
            signIn(i % 2 == 0 ? nodeA : nodeB, address, Fixtures.unique("guess") + "@nowhere.test");
        }

        assertThat(signIn(nodeA, address, Fixtures.unique("guess") + "@nowhere.test"))
            .isEqualTo("/login?error=address-throttled&minutes=15");
        assertThat(signIn(nodeB, address, Fixtures.unique("guess") + "@nowhere.test"))
            .isEqualTo("/login?error=address-throttled&minutes=15");
    }

    @Test
    void an_unknown_email_locks_after_failures_on_both_nodes_like_an_account() throws Exception {
        String email = Fixtures.unique("nobody") + "@nowhere.test";
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(signIn(i % 2 == 0 ? nodeA : nodeB, aFreshAddress(), email));
        }

        assertThat(answers).containsExactly("/login?error=bad-credentials", "/login?error=bad-credentials",
                "/login?error=bad-credentials", "/login?error=bad-credentials",
                "/login?error=account-locked&minutes=15");
    }

    @Test
    void a_keys_last_use_on_one_node_is_visible_on_the_other() throws Exception {
        IssuedApiKey key = agency.scope().call(() -> nodeA.apiKeys().create("reporter", null));
        nodeA.perform(get("/api/v1/integrations").header("Authorization", "Bearer " + key.secret()));
        advanceBoth(Duration.ofSeconds(30));
        nodeA.perform(get("/api/v1/integrations").header("Authorization", "Bearer " + key.secret()));

        assertThat(lastUse(nodeB, key)).isEqualTo(START.plusSeconds(30));

        advanceBoth(Duration.ofSeconds(5));
        nodeB.perform(get("/api/v1/integrations").header("Authorization", "Bearer " + key.secret()));

        assertThat(lastUse(nodeA, key)).isEqualTo(START.plusSeconds(35));
    }

    private List<Integer> statusesAlternatingNodes(String key, int requests) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Node node = i % 2 == 0 ? nodeA : nodeB;
            statuses
                .add(node.perform(get("/api/v1/integrations").header("Authorization", "Bearer " + key)).getStatus());
        }
        return statuses;
    }

    private static String signIn(Node node, String address, String email) throws Exception {
        return node.perform(post("/login").param("username", email)
            .param("password", "not the password")
            .with(csrf())
            .with(request -> {
                request.setRemoteAddr(address);
                return request;
            })).getRedirectedUrl();
    }

    private Instant lastUse(Node node, IssuedApiKey key) {
        return agency.scope()
            .call(node.apiKeys()::list)
            .stream()
            .filter(k -> k.id().equals(key.details().id()))
            .map(ApiKeyDetails::lastUsedAt)
            .findFirst()
            .orElseThrow();
    }

    // Documentation range (RFC 3849); failures per address outlive a test run in the
    // database.
    private static String aFreshAddress() {
        return "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + "::"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0x10000));
    }

    private void advanceBoth(Duration duration) {
        nodeA.clock().advance(duration);
        nodeB.clock().advance(duration);
    }

}
