package io.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.Fixtures.TestUser;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.audit.AuditAction;
import io.plumbline.audit.AuditEntry;
import io.plumbline.audit.AuditFilter;
import io.plumbline.audit.AuditService;
import io.plumbline.tenancy.IssuedSecret;
import io.plumbline.tenancy.NewUser;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.UserService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The whole sign-in chain over HTTP: form login, lock-out, throttling, landing pages,
 * audit.
 */
@PostgresIntegrationTest
class SignInIT {

    // Documentation range (RFC 3849): each test signs in from its own address, no traffic
    // is sent. Failures per address
    // are kept in the database, so each run takes fresh addresses.
    private static final String RUN = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    TestClock clock;

    TestAgency agency;

    String address;

    @BeforeEach
    void anAgency() {
        agency = fixtures.anAgency();
        address = nextAddress();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void agency_user_lands_in_the_agency_app() throws Exception {
        TestUser exec = fixtures.aUser(agency, Role.EXECUTIVE);

        signIn(exec.email(), Fixtures.PASSWORD).andExpect(redirectedUrl("/"));

        assertThat(auditActions()).contains(AuditAction.SIGN_IN);
    }

    @Test
    void client_user_lands_in_the_portal() throws Exception {
        TestUser viewer = fixtures.aClientUser(agency, fixtures.aClient(agency), Role.CLIENT_VIEWER);

        signIn(viewer.email(), Fixtures.PASSWORD).andExpect(redirectedUrl("/portal"));
    }

    @Test
    void wrong_password_says_so_and_is_audited() throws Exception {
        TestUser analyst = fixtures.aUser(agency, Role.ANALYST);

        signIn(analyst.email(), "not the password").andExpect(redirectedUrl("/login?error=bad-credentials"));

        assertThat(auditEntries()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
            assertThat(entry.actorEmail()).isEqualTo(analyst.email());
            assertThat(entry.detail()).isEqualTo("wrong password");
            assertThat(entry.remoteAddress()).isEqualTo(address);
        });
    }

    @Test
    void unknown_account_gets_the_same_answer_as_a_wrong_password() throws Exception {
        signIn(Fixtures.unique("nobody") + "@nowhere.test", "whatever it is")
            .andExpect(redirectedUrl("/login?error=bad-credentials"));
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
        TestUser admin = fixtures.aUser(agency, Role.ADMIN);
        for (int i = 0; i < 4; i++) {
            signIn(admin.email(), "wrong " + i).andExpect(redirectedUrl("/login?error=bad-credentials"));
        }
        signIn(admin.email(), "wrong 5").andExpect(redirectedUrl("/login?error=account-locked&minutes=15"));
        signIn(admin.email(), Fixtures.PASSWORD).andExpect(redirectedUrl("/login?error=account-locked&minutes=15"));

        assertThat(auditActions()).contains(AuditAction.LOCKED_OUT);
    }

    @Test
    void lock_out_ends_after_its_time() throws Exception {
        TestUser admin = fixtures.aUser(agency, Role.ADMIN);
        for (int i = 0; i < 5; i++) {
            signIn(admin.email(), "wrong " + i);
        }

        clock.advance(Duration.ofMinutes(16));

        signIn(admin.email(), Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void repeated_failures_from_one_address_are_throttled_across_accounts() throws Exception {
        for (int i = 0; i < 20; i++) {
            signIn(Fixtures.unique("guess") + "@nowhere.test", "guess");
        }
        TestUser exec = fixtures.aUser(agency, Role.EXECUTIVE);

        signIn(exec.email(), Fixtures.PASSWORD).andExpect(redirectedUrl("/login?error=address-throttled&minutes=15"));
    }

    @Test
    void disabled_account_is_refused_with_its_reason() throws Exception {
        TestUser analyst = fixtures.aUser(agency, Role.ANALYST);
        agency.scope().run(() -> users.disable(analyst.id()));

        signIn(analyst.email(), Fixtures.PASSWORD).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void one_time_password_leads_to_the_password_change_and_expires() throws Exception {
        IssuedSecret secret = agency.scope()
            .call(() -> users.createWithOneTimePassword(
                    new NewUser(Fixtures.unique("new") + "@user.test", null, Role.ANALYST, null)));

        signIn(secret.email(), secret.secret()).andExpect(redirectedUrl("/change-password"));

        clock.advance(Duration.ofHours(73));
        signIn(secret.email(), secret.secret()).andExpect(redirectedUrl("/login?error=password-expired"));
    }

    @Test
    void pages_carry_security_headers() throws Exception {
        mvc.perform(get("/login"))
            .andExpect(header().string("X-Frame-Options", "DENY"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
            .andExpect(header().string("Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
    }

    @Test
    void agency_pages_require_signing_in() throws Exception {
        mvc.perform(get("/clients"))
            .andExpect(status().is3xxRedirection())
            .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void health_is_public_but_metrics_are_not() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is4xxClientError());
        mvc.perform(get("/actuator/info")).andExpect(status().is4xxClientError());
    }

    @Test
    void an_unknown_email_gets_the_same_answers_as_an_existing_account_to_the_same_attempts() throws Exception {
        clock.stopAt(Instant.parse("2026-12-07T10:00:00Z"));
        TestUser existing = fixtures.aUser(agency, Role.ANALYST);
        String unknown = Fixtures.unique("nobody") + "@nowhere.test";

        List<String> existingAnswers = answersTo(existing.email());
        address = nextAddress();
        List<String> unknownAnswers = answersTo(unknown);

        assertThat(existingAnswers).containsExactly("302 /login?error=bad-credentials",
                "302 /login?error=bad-credentials", "302 /login?error=bad-credentials",
                "302 /login?error=bad-credentials", "302 /login?error=account-locked&minutes=15",
                "302 /login?error=account-locked&minutes=15", "302 /login?error=account-locked&minutes=5",
                "302 /login?error=bad-credentials");
        assertThat(unknownAnswers).isEqualTo(existingAnswers);
    }

    @Test
    void an_invitation_not_yet_accepted_answers_like_an_unknown_email() throws Exception {
        IssuedSecret invite = agency.scope()
            .call(() -> users
                .createWithInvite(new NewUser(Fixtures.unique("invited") + "@user.test", null, Role.ANALYST, null)));

        signIn(invite.email(), "any password at all").andExpect(redirectedUrl("/login?error=bad-credentials"));
    }

    /**
     * Five wrong passwords, the right one (of the existing account) while locked, then a
     * wrong one after the lock.
     */
    private List<String> answersTo(String email) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(answer(signIn(email, "wrong " + i)));
        }
        answers.add(answer(signIn(email, Fixtures.PASSWORD)));
        clock.advance(Duration.ofMinutes(10));
        answers.add(answer(signIn(email, Fixtures.PASSWORD)));
        clock.advance(Duration.ofMinutes(5));
        answers.add(answer(signIn(email, "wrong again")));
        clock.advance(Duration.ofMinutes(-15));
        return answers;
    }

    private static String answer(ResultActions result) {
        var response = result.andReturn().getResponse();
        return response.getStatus() + " " + response.getRedirectedUrl();
    }

    private static String nextAddress() {
        return "2001:db8:" + RUN + "::" + Integer.toHexString(NEXT_ADDRESS.getAndIncrement());
    }

    private ResultActions signIn(String email, String password) throws Exception {
        return mvc
            .perform(post("/login").param("username", email).param("password", password).with(csrf()).with(request -> {
                request.setRemoteAddr(address);
                return request;
            }));
    }

    private List<AuditEntry> auditEntries() {
        return agency.scope().call(() -> audit.search(AuditFilter.none(), PageRequest.of(0, 100)));
    }

    private List<AuditAction> auditActions() {
        return auditEntries().stream().map(AuditEntry::action).toList();
    }

}
