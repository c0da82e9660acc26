package io.plumbline.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.Fixtures.TestUser;
import io.plumbline.LocalSmtp;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentDraft;
import io.plumbline.incident.IncidentId;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.incident.UpdateDraft;
import io.plumbline.incident.UpdateState;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.notices.internal.NoticeMailDelivery;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.sla.MaintenanceDraft;
import io.plumbline.sla.MaintenanceSchedule;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.UserService;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail subscriptions to service notices against a real SMTP server (GreenMail): one
 * mail per subscriber and update, none for the unsubscribed, the disabled or another
 * client's users; SMTP down first, then up; many attempts at once as two scheduler nodes
 * would make them; the unsubscribe link without sign-in.
 */
@PostgresIntegrationTest
class NoticeSubscriptionIT {

    static final LocalSmtp SMTP = new LocalSmtp();

    static final GreenMail MAIL = SMTP.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP.register(registry);
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    IncidentService incidents;

    @Autowired
    SlaService slas;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    UserService users;

    @Autowired
    NoticeMailDelivery delivery;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    ClientDetails client;

    IntegrationDetails crm;

    IntegrationDetails shop;

    Instant now;

    @BeforeEach
    void setUp() {
        // Two hours ahead: the real schedulers of the test applications (all on this
        // database; some without a mail server) leave these mails alone, and the test
        // makes each attempt itself, as the scheduler would.
        clock.reset();
        clock.advance(Duration.ofHours(2));
        if (!MAIL.isRunning()) {
            MAIL.start();
        }
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        shop = fixtures.anIntegration(agency, client);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void tearDown() {
        Fixtures.signOut();
        clock.reset();
        if (MAIL.isRunning()) {
            MAIL.stop();
        }
    }

    @Test
    void an_update_reaches_each_subscriber_once_as_text_and_html_and_nobody_else() throws Exception {
        TestUser all = subscribed(client, NoticeSubscription.all());
        TestUser crmOnly = subscribed(client, new NoticeSubscription(false, Set.of(crm.id())));
        TestUser shopOnly = subscribed(client, new NoticeSubscription(false, Set.of(shop.id())));
        TestUser disabled = subscribed(client, NoticeSubscription.all());
        TestUser notSubscribed = fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER);
        ClientDetails otherClient = fixtures.aClient(agency);
        TestUser otherClientsUser = subscribedIn(agency, otherClient, NoticeSubscription.all());
        TestAgency otherAgency = fixtures.anAgency();
        TestUser otherAgencysUser = subscribedIn(otherAgency, fixtures.aClient(otherAgency), NoticeSubscription.all());
        Fixtures.signOut();
        Fixtures.signInAs(fixtures.ownerOf(agency));
        users.disable(disabled.id());

        IncidentId incident = postUpdate("Contacts are not reaching your CRM. We are looking into it.");

        deliverAll();
        assertThat(received(all.email()).size() == 1 && received(crmOnly.email()).size() == 1).isTrue();
        Thread.sleep(3000); // time for any stray second copy to arrive
        assertThat(received(all.email())).hasSize(1);
        assertThat(received(crmOnly.email())).hasSize(1);
        for (TestUser nobody : List.of(shopOnly, disabled, notSubscribed, otherClientsUser, otherAgencysUser)) {
            assertThat(received(nobody.email())).as(nobody.email()).isEmpty();
        }

        MimeMessage mail = received(all.email()).getFirst();
        assertThat(mail.getSubject()).contains("Contacts do not sync").contains(client.displayName());
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String listUnsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertThat(listUnsubscribe).matches("<http.*/unsubscribe/[A-Za-z0-9_-]{43}>");
        Map<String, String> parts = parts(mail);
        assertThat(parts).containsKeys("text/plain", "text/html");
        assertThat(parts.get("text/plain")).contains("Contacts are not reaching your CRM")
            .contains("Investigating")
            .contains(crm.name())
            .contains("/portal/incidents")
            .contains(listUnsubscribe.substring(1, listUnsubscribe.length() - 1));
        assertThat(parts.get("text/html")).contains("border-top:6px solid #").contains(agency.name());

        // A rolled-forward second update: one more each, the dedup key is the update.
        incidents.postUpdate(incident, new UpdateDraft(UpdateState.IDENTIFIED, null, "An expired token."));
        deliverAll();
        assertThat(received(all.email()).size() == 2).isTrue();
    }

    @Test
    void the_unsubscribe_link_works_without_sign_in_for_its_own_subscription_only() throws Exception {
        TestUser viewer = subscribed(client, NoticeSubscription.all());
        TestUser colleague = subscribed(client, NoticeSubscription.all());
        postUpdate("Slow syncs.");
        deliverAll();
        assertThat(received(viewer.email()).size() == 1).isTrue();
        String link = received(viewer.email()).getFirst().getHeader("List-Unsubscribe", null);
        String path = link.substring(link.indexOf("/unsubscribe/"), link.length() - 1);

        // A scanner's GET changes nothing; another token is not found.
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("<form method=\"post\">")));
        mvc.perform(get("/unsubscribe/" + "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(post("/unsubscribe/" + "A".repeat(43))).andExpect(status().isNotFound());
        Fixtures.signInAs(viewer);
        assertThat(subscriptions.mine()).isPresent();
        Fixtures.signOut();

        // RFC 8058 one-click POST, no session, no CSRF token.
        mvc.perform(post(path).contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"))
            .andExpect(status().isOk());
        mvc.perform(post(path)).andExpect(status().isNotFound());
        Fixtures.signInAs(viewer);
        assertThat(subscriptions.mine()).isEmpty();
        Fixtures.signInAs(colleague);
        assertThat(subscriptions.mine()).isPresent();
        Fixtures.signOut();

        postUpdate("Still slow.");
        deliverAll();
        assertThat(received(colleague.email()).size() == 2).isTrue();
        Thread.sleep(2000);
        assertThat(received(viewer.email())).hasSize(1);
    }

    @Test
    void smtp_down_at_first_the_mail_is_retried_and_delivered_once() throws Exception {
        TestUser viewer = subscribed(client, NoticeSubscription.all());
        MAIL.stop();
        postUpdate("Orders are delayed.");
        UUID mailId = inAgency(() -> jdbc.queryForObject("SELECT id FROM notice_mail WHERE user_id = ?", UUID.class,
                viewer.id().value()));
        deliverAll();
        assertThat(inAgency(
                () -> jdbc.queryForObject("SELECT attempts FROM notice_mail WHERE id = ?", Integer.class, mailId)) >= 1)
            .isTrue();
        Map<String, Object> failed = inAgency(() -> jdbc
            .queryForMap("SELECT state, last_error, next_attempt_at FROM notice_mail WHERE id = ?", mailId));
        assertThat(failed.get("state")).isEqualTo("PENDING");
        assertThat(failed.get("last_error")).isNotNull();
        assertThat(failed.get("next_attempt_at")).isNotNull();

        MAIL.start();
        // The retry is due 30 s after the failure: move the application's clock there and
        // attempt as the scheduler will.
        clock.advance(Duration.ofMinutes(1));
        delivery.attempt(agency.id(), mailId);
        assertThat(received(viewer.email())).hasSize(1);
        delivery.attempt(agency.id(), mailId);
        Thread.sleep(2000);
        assertThat(received(viewer.email())).hasSize(1);
        assertThat(
                inAgency(() -> jdbc.queryForObject("SELECT state FROM notice_mail WHERE id = ?", String.class, mailId)))
            .isEqualTo("SENT");
    }

    @Test
    void attempts_from_two_nodes_at_once_send_once() throws Exception {
        TestUser viewer = subscribed(client, NoticeSubscription.all());
        // Eight attempts at once, as two busy scheduler nodes would make them.
        signInAsAnalyst();
        IncidentDetails incident = incidents.open(new IncidentDraft(client.id(), "Checkout errors",
                IncidentSeverity.MAJOR, Set.of(shop.id()), clock.instant().minus(Duration.ofMinutes(30)), null));
        incidents.postUpdate(incident.id(), new UpdateDraft(UpdateState.INVESTIGATING, null, "Errors at checkout."));
        Fixtures.signOut();
        UUID mailId = inAgency(() -> jdbc.queryForObject("SELECT id FROM notice_mail WHERE user_id = ?", UUID.class,
                viewer.id().value()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            IntStream.range(0, 8).forEach(i -> runs.add(pool.submit(() -> delivery.attempt(agency.id(), mailId))));
            for (Future<?> run : runs) {
                run.get();
            }
        }
        finally {
            pool.shutdown();
        }
        Thread.sleep(2000);
        assertThat(received(viewer.email())).hasSize(1);
        // A repeated event adds no second row: the dedup key (notice, user) is unique.
        assertThat(inAgency(() -> jdbc.queryForObject("SELECT count(*) FROM notice_mail WHERE user_id = ?",
                Integer.class, viewer.id().value())))
            .isOne();
    }

    @Test
    void announced_maintenance_is_mailed_to_subscribers_of_that_integration() throws Exception {
        TestUser crmOnly = subscribed(client, new NoticeSubscription(false, Set.of(crm.id())));
        TestUser shopOnly = subscribed(client, new NoticeSubscription(false, Set.of(shop.id())));
        signInAsAnalyst();
        Instant start = now.plus(Duration.ofDays(7));
        var window = slas.addMaintenance(new MaintenanceDraft(client.id(), crm.id(), "CRM upgrade",
                new MaintenanceSchedule.OneOff(start, start.plus(Duration.ofHours(2)))));
        slas.announceMaintenance(window.id(), 7);
        Fixtures.signOut();
        deliverAll();
        assertThat(received(crmOnly.email()).size() == 1).isTrue();
        assertThat(received(crmOnly.email()).getFirst().getSubject()).contains("Scheduled maintenance: CRM upgrade");
        assertThat(parts(received(crmOnly.email()).getFirst()).get("text/plain")).contains("/portal/maintenance");
        Thread.sleep(2000);
        assertThat(received(shopOnly.email())).isEmpty();
    }

    @Test
    void a_client_user_sees_and_changes_only_the_own_subscription() {
        TestUser viewer = subscribed(client, new NoticeSubscription(false, Set.of(crm.id())));
        ClientDetails otherClient = fixtures.aClient(agency);
        IntegrationDetails foreign = fixtures.anIntegration(agency, otherClient);
        TestUser other = subscribedIn(agency, otherClient, NoticeSubscription.all());
        TestUser analyst = fixtures.aUser(agency, Role.ANALYST);

        Fixtures.signInAs(viewer);
        assertThat(subscriptions.mine()).contains(new NoticeSubscription(false, Set.of(crm.id())));
        assertThatThrownBy(() -> subscriptions.subscribe(new NoticeSubscription(false, Set.of(foreign.id()))))
            .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> subscriptions.subscribe(new NoticeSubscription(false, Set.of())))
            .isInstanceOf(InvalidInputException.class);
        subscriptions.unsubscribe();
        assertThat(subscriptions.mine()).isEmpty();
        // The table itself, read in the client user's tenant, holds no other client's
        // row.
        assertThat(
                viewer.scope()
                    .clientId()
                    .map(c -> io.plumbline.tenancy.CurrentTenant.callAs(viewer.scope(),
                            () -> jdbc.queryForObject("SELECT count(*) FROM notice_subscription", Integer.class))))
            .contains(0);
        Fixtures.signInAs(other);
        assertThat(subscriptions.mine()).contains(NoticeSubscription.all());
        // Agency staff have no subscription of their own.
        Fixtures.signInAs(analyst);
        assertThatThrownBy(subscriptions::mine).isInstanceOf(AccessDeniedException.class);
    }

    private IncidentId postUpdate(String text) {
        signInAsAnalyst();
        IncidentDetails incident = incidents.open(new IncidentDraft(client.id(), "Contacts do not sync",
                IncidentSeverity.MAJOR, Set.of(crm.id()), now.minus(Duration.ofHours(2)), "INTERNAL note"));
        incidents.postUpdate(incident.id(), new UpdateDraft(UpdateState.INVESTIGATING, null, text));
        return incident.id();
    }

    /** One attempt at every mail of the agency still to send, as the scheduler makes. */
    private void deliverAll() {
        List<UUID> due = inAgency(
                () -> jdbc.queryForList("SELECT id FROM notice_mail WHERE agency_id = ? AND state = 'PENDING'",
                        UUID.class, agency.id().value()));
        due.forEach(id -> delivery.attempt(agency.id(), id));
    }

    private void signInAsAnalyst() {
        Fixtures.signOut();
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
    }

    private <T> T inAgency(java.util.function.Supplier<T> read) {
        return agency.scope().call(() -> new TransactionTemplate(transactionManager).execute(status -> read.get()));
    }

    private TestUser subscribed(ClientDetails of, NoticeSubscription subscription) {
        return subscribedIn(agency, of, subscription);
    }

    private TestUser subscribedIn(TestAgency in, ClientDetails of, NoticeSubscription subscription) {
        TestUser user = fixtures.aClientUser(in, of, Role.CLIENT_VIEWER);
        Fixtures.signInAs(user);
        subscriptions.subscribe(subscription);
        Fixtures.signOut();
        return user;
    }

    private static List<MimeMessage> received(String email) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(email));
            }
            catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static Map<String, String> parts(MimeMessage mail) throws Exception {
        Map<String, String> parts = new java.util.HashMap<>();
        collect(mail.getContent(), parts);
        return parts;
    }

    private static void collect(Object content, Map<String, String> parts) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getContent() instanceof MimeMultipart nested) {
                    collect(nested, parts);
                }
                else {
                    parts.put(part.getContentType().split(";")[0].trim().toLowerCase(), part.getContent().toString());
                }
            }
        }
    }

}
