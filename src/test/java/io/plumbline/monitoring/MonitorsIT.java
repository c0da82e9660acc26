package io.plumbline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.audit.AuditAction;
import io.plumbline.audit.AuditFilter;
import io.plumbline.audit.AuditService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.MetricsService;
import io.plumbline.monitoring.ScriptedServer.Reply;
import io.plumbline.monitoring.internal.MonitorChecks;
import io.plumbline.monitoring.ui.MonitorsView;
import io.plumbline.security.ui.AccessDeniedView;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.ui.Facts;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class MonitorsIT extends SpringBrowserlessTest {

    private static final String HEALTHY = "{\"status\":\"ok\",\"items\":[1,2,3]}";

    @Autowired
    Fixtures fixtures;

    @Autowired
    MonitorService monitors;

    @Autowired
    OutboundAllowListService allowList;

    @Autowired
    MonitorChecks checks;

    @Autowired
    MetricsService metrics;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Scheduler scheduler;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    TestAgency otherAgency;

    ClientDetails client;

    IntegrationDetails crm;

    ScriptedServer server;

    @BeforeEach
    void agencyWithAnIntegrationAndALocalApi() throws Exception {
        agency = fixtures.anAgency();
        otherAgency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        server = ScriptedServer.replying(Reply.json(HEALTHY));
    }

    @AfterEach
    void stop() {
        server.close();
        Fixtures.signOut();
    }

    @Test
    void creating_a_monitor_schedules_it_and_the_scheduler_records_a_monitor_observation_and_its_outcome() {
        agency.scope().run(() -> allowList.add("127.0.0.1"));
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        Instant from = Instant.now().minus(Duration.ofHours(1));

        MonitorDetails created = monitors.create(draft(server.url("/health"), true, Duration.ofHours(1)));

        assertThat(taskInstances()).contains(created.id().toString());
        MonitorSummary checked = await(() -> monitors.list()
            .stream()
            .filter(m -> m.id().equals(created.id()) && m.lastStatus() != null)
            .findFirst()
            .orElse(null));
        assertThat(checked.lastStatus()).isEqualTo(MonitorStatus.UP);
        assertThat(checked.lastCheckedAt()).isNotNull();
        HealthSummary health = metrics.health(crm.id(), from, Instant.now().plus(Duration.ofHours(1)));
        assertThat(health.total()).isEqualTo(1);
        assertThat(health.good()).isEqualTo(1);
        assertThat(server.requests()).hasSize(1);
        assertThat(monitors.find(created.id()).orElseThrow().lastResult().status()).isEqualTo(200);
        Fixtures.signInAs(fixtures.ownerOf(agency));
        assertThat(audit.search(new AuditFilter(null, AuditAction.MONITOR_CREATED, null, null), PageRequest.of(0, 10)))
            .extracting(e -> e.target())
            .containsExactly("CRM health");
    }

    @Test
    void a_url_the_guard_refuses_at_check_time_marks_the_monitor_blocked_and_records_no_observation() {
        AllowListEntry entry = agency.scope().call(() -> allowList.add("127.0.0.1"));
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        Instant from = Instant.now().minus(Duration.ofHours(1));
        MonitorDetails created = monitors.create(draft(server.url("/health"), true, Duration.ofHours(1)));
        await(() -> monitors.find(created.id()).orElseThrow().lastResult());
        allowList.remove(entry.id());

        Duration next = checks.check(agency.id(), created.id()).orElseThrow();

        assertThat(next).isEqualTo(Duration.ofHours(1));
        MonitorDetails blocked = monitors.find(created.id()).orElseThrow();
        assertThat(blocked.lastStatus()).isEqualTo(MonitorStatus.BLOCKED);
        assertThat(blocked.lastResult().message()).contains("Loopback", "allow-list");
        assertThat(metrics.health(crm.id(), from, Instant.now().plus(Duration.ofHours(1))).total()).isEqualTo(1);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void run_now_in_the_editor_shows_status_latency_and_every_assertion_of_the_unsaved_definition() {
        agency.scope().run(() -> allowList.add("127.0.0.1"));
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        navigate(MonitorsView.class);
        fillNewMonitor();
        test(find(TextField.class).withLabel("Expected statuses").single()).setValue("200");
        test(find(TextArea.class).withLabel("Header assertions").single()).setValue("Content-Type: application/json");
        test(find(TextArea.class).withLabel("JSONPath assertions").single()).setValue("$.status = ok\n$.items[0] = 2");

        test(find(Button.class).withText("Run now").single()).click();

        String facts = find(Facts.class).single().getElement().getTextRecursively();
        assertThat(facts).contains("Status200", "Latency", " ms", "Attempts1", "Failure classASSERTION_FAILED");
        Grid<?> assertions = assertionGrid();
        assertThat(rows(assertions)).hasSize(5)
            .anySatisfy(row -> assertThat(row).startsWith("status").contains("200"))
            .anySatisfy(row -> assertThat(row).contains("Content-Type", "Passed"))
            .anySatisfy(row -> assertThat(row).contains("$.status", "ok", "Passed"))
            .anySatisfy(row -> assertThat(row).contains("$.items[0]", "2", "1", "Failed"));
        assertThat(server.requests()).hasSize(1);
        assertThat(monitors.list()).isEmpty();
    }

    @Test
    void without_an_allow_list_entry_the_url_field_shows_the_guards_reason_and_nothing_is_requested() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        navigate(MonitorsView.class);
        fillNewMonitor();

        test(find(Button.class).withText("Run now").single()).click();
        TextField url = find(TextField.class).withLabel("URL").single();
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo(
                "127.0.0.1 is in 127.0.0.0/8, Loopback (RFC 1122); an agency admin can allow-list it for self-hosted APIs.");

        test(find(Button.class).withText("Create").single()).click();
        assertThat(url.getErrorMessage()).contains("Loopback");
        assertThat(server.requests()).isEmpty();
        assertThat(monitors.list()).isEmpty();
    }

    @Test
    void run_now_to_a_benchmarking_address_says_which_special_purpose_block_refuses_it() {
        agency.scope().run(() -> allowList.add("127.0.0.1"));
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        navigate(MonitorsView.class);
        fillNewMonitor();
        TextField url = find(TextField.class).withLabel("URL").single();
        test(url).setValue("http://198.18.0.1/");

        test(find(Button.class).withText("Run now").single()).click();

        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("198.18.0.1 is in 198.18.0.0/15, Benchmarking (RFC 2544); "
                + "an agency admin can allow-list it for self-hosted APIs.");
        assertThat(find(Facts.class).all()).isEmpty();
    }

    @Test
    void headers_and_body_are_encrypted_at_rest_and_masked_in_the_list() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        MonitorDraft withSecrets = new MonitorDraft(crm.id(), "CRM health",
                new CheckDefinition("POST", URI.create("https://api.hubapi.com/health"),
                        Map.of("Authorization", "Bearer s3cr3t-token"), "{\"password\":\"hunter2\"}",
                        Duration.ofSeconds(5), null, null),
                Duration.ofMinutes(1), false);

        MonitorDetails created = monitors.create(withSecrets);

        Map<String, Object> raw = CurrentTenant
            .callAs(TenantScope.agency(agency.id()),
                    () -> new TransactionTemplate(transactionManager).execute(status -> jdbc.queryForMap(
                            "SELECT headers_encrypted, body_encrypted FROM monitor WHERE id = ?",
                            created.id().value())));
        assertThat(raw.get("headers_encrypted").toString()).startsWith("v1:").doesNotContain("s3cr3t", "Authorization");
        assertThat(raw.get("body_encrypted").toString()).startsWith("v1:").doesNotContain("hunter2");
        assertThat(monitors.find(created.id()).orElseThrow().check().headers()).containsEntry("Authorization",
                "Bearer s3cr3t-token");
        navigate(MonitorsView.class);
        List<String> cells = rows(find(Grid.class).single());
        assertThat(String.join(" ", cells)).contains("Authorization: ••••••", "body ••••••")
            .doesNotContain("s3cr3t", "hunter2");
    }

    @Test
    void another_agency_cannot_list_find_change_or_delete_monitors_nor_touch_the_allow_list() {
        AllowListEntry entry = agency.scope().call(() -> allowList.add("10.0.0.0/8"));
        MonitorDetails mine = agency.scope()
            .call(() -> monitors.create(draft(server.url("/"), false, Duration.ofMinutes(1))));
        Fixtures.signInAs(fixtures.ownerOf(otherAgency));

        assertThat(monitors.list()).isEmpty();
        assertThat(monitors.find(mine.id())).isEmpty();
        assertThatThrownBy(() -> monitors.update(mine.id(), mine.draft())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> monitors.delete(mine.id())).isInstanceOf(NotFoundException.class);
        assertThat(allowList.list()).isEmpty();
        assertThatThrownBy(() -> allowList.remove(entry.id())).isInstanceOf(NotFoundException.class);
        assertThat(checks.check(otherAgency.id(), mine.id())).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void a_client_user_cannot_open_monitors_and_an_executive_reads_the_list_but_not_definitions() {
        agency.scope().run(() -> monitors.create(draft(server.url("/"), false, Duration.ofMinutes(1))));
        Fixtures.TestUser executive = fixtures.aUser(agency, Role.EXECUTIVE);
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN));
        navigate("monitors", AccessDeniedView.class);
        assertThatThrownBy(() -> monitors.list()).isInstanceOf(AccessDeniedException.class);

        Fixtures.signInAs(executive);
        MonitorSummary listed = monitors.list().getFirst();
        assertThatThrownBy(() -> monitors.find(listed.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitors.runNow(draft(server.url("/"), true, Duration.ofMinutes(1)).check()))
            .isInstanceOf(AccessDeniedException.class);
        navigate(MonitorsView.class);
        assertThat(find(Button.class).withText("New monitor").all()).isEmpty();
    }

    @Test
    void an_empty_monitor_list_explains_monitors_and_offers_an_editor_the_create_dialog() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        navigate(MonitorsView.class);

        Component emptyState = emptyMonitorList();
        assertThat(children(emptyState, Paragraph.class)).singleElement()
            .satisfies(sentence -> assertThat(sentence.getText()).startsWith("No monitors yet. A monitor calls"));
        Button create = children(emptyState, Button.class).getFirst();
        assertThat(children(emptyState, Button.class)).containsExactly(create);
        assertThat(create.getText()).isEqualTo("Add the first monitor");

        test(create).click();

        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("New monitor");
        assertThat(find(ComboBox.class).withLabel("Integration").all()).hasSize(1);
    }

    @Test
    void an_empty_monitor_list_tells_an_executive_who_can_add_one_and_offers_no_button() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));
        navigate(MonitorsView.class);

        Component emptyState = emptyMonitorList();
        assertThat(children(emptyState, Paragraph.class)).extracting(Paragraph::getText)
            .containsExactly("No monitors yet. An admin or analyst of your agency can add one.");
        assertThat(children(emptyState, Button.class)).isEmpty();
    }

    @Test
    void row_level_security_hides_monitor_and_allow_list_rows_from_unscoped_and_foreign_sql() {
        agency.scope().run(() -> {
            allowList.add("10.0.0.0/8");
            monitors.create(draft(server.url("/"), false, Duration.ofMinutes(1)));
        });

        assertThat(countRows(null)).containsExactly(0, 0);
        assertThat(countRows(TenantScope.agency(otherAgency.id()))).containsExactly(0, 0);
        assertThat(countRows(TenantScope.agency(agency.id()))).containsExactly(1, 1);
    }

    @Test
    void disabling_a_monitor_cancels_its_task_and_enabling_it_schedules_it_again() {
        agency.scope().run(() -> allowList.add("127.0.0.1"));
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        // Paused, the scheduler cannot pick the first check between the calls: a picked
        // execution is not cancelled.
        scheduler.pause();
        try {
            MonitorDetails created = monitors.create(draft(server.url("/"), true, Duration.ofHours(1)));
            assertThat(taskInstances()).contains(created.id().toString());

            monitors.update(created.id(), draft(server.url("/"), false, Duration.ofHours(1)));
            assertThat(taskInstances()).doesNotContain(created.id().toString());

            monitors.update(created.id(), draft(server.url("/"), true, Duration.ofHours(1)));
            assertThat(taskInstances()).contains(created.id().toString());
            monitors.delete(created.id());
            assertThat(taskInstances()).doesNotContain(created.id().toString());
        }
        finally {
            scheduler.resume();
        }
    }

    private MonitorDraft draft(URI url, boolean enabled, Duration interval) {
        return new MonitorDraft(crm.id(), "CRM health",
                new CheckDefinition("GET", url, Map.of(), null, Duration.ofSeconds(5),
                        new CheckAssertions(Set.of(200), null, null, List.of(), List.of(), null), null),
                interval, enabled);
    }

    private void fillNewMonitor() {
        // the toolbar's button; the empty list offers a second one
        test(find(Button.class).withText("New monitor").withTheme("primary").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<IntegrationDetails> integration = find(ComboBox.class).withLabel("Integration").single();
        integration.setValue(crm);
        test(find(TextField.class).withLabel("Name").single()).setValue("CRM health");
        test(find(TextField.class).withLabel("URL").single()).setValue(server.url("/health").toString());
    }

    private Component emptyMonitorList() {
        @SuppressWarnings("unchecked")
        Grid<MonitorSummary> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isZero();
        return grid.getEmptyStateComponent();
    }

    private static <T extends Component> List<T> children(Component parent, Class<T> type) {
        return parent.getChildren().filter(type::isInstance).map(type::cast).toList();
    }

    private List<String> taskInstances() {
        return jdbc.queryForList("SELECT task_instance FROM scheduled_tasks WHERE task_name = 'monitor-check'",
                String.class);
    }

    private List<Integer> countRows(TenantScope scope) {
        Supplier<List<Integer>> count = () -> new TransactionTemplate(transactionManager)
            .execute(status -> List.of(jdbc.queryForObject("SELECT count(*) FROM monitor", Integer.class),
                    jdbc.queryForObject("SELECT count(*) FROM outbound_allow_list", Integer.class)));
        return scope == null ? count.get() : CurrentTenant.callAs(scope, count);
    }

    private Grid<?> assertionGrid() {
        return find(Grid.class).all()
            .stream()
            .<Grid<?>>map(grid -> grid)
            .filter(grid -> "Assertion".equals(grid.getColumns().getFirst().getHeaderText()))
            .findFirst()
            .orElseThrow();
    }

    private List<String> rows(Grid<?> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size())
            .mapToObj(row -> IntStream.range(0, grid.getColumns().size())
                .mapToObj(col -> safeCell(tester, row, col))
                .reduce("", (a, b) -> a + " " + b)
                .strip())
            .toList();
    }

    private static String safeCell(com.vaadin.flow.component.grid.GridTester<?, ?> tester, int row, int col) {
        try {
            return tester.getCellText(row, col);
        }
        catch (IllegalArgumentException | IllegalStateException componentColumn) {
            return tester.getCellComponent(row, col).getElement().getTextRecursively();
        }
    }

    /**
     * Polls for at most 20 s (the test scheduler polls every second), on this thread,
     * which holds the tenant.
     */
    private static <T> T await(Supplier<T> value) {
        return Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(200))
            .pollInSameThread()
            .until(value::get, Objects::nonNull);
    }

}
