package io.plumbline;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.dashboard.ClientRow;
import io.plumbline.dashboard.ui.DashboardView;
import io.plumbline.reporting.internal.ExecutiveReportPdf;
import io.plumbline.reporting.internal.ExecutiveReportSource;
import io.plumbline.retention.ContractStatus;
import io.plumbline.retention.PeriodKind;
import io.plumbline.retention.RetentionPeriod;
import io.plumbline.retention.RevenueAtRisk;
import io.plumbline.retention.ui.RetentionView;
import java.time.ZoneOffset;
import io.plumbline.Fixtures.TestUser;
import io.plumbline.dashboard.SlaResult;
import io.plumbline.dashboard.ui.ClientDashboardView;
import io.plumbline.health.Period;
import io.plumbline.health.ui.PortalHealthView;
import io.plumbline.portal.PortalHomeView;
import io.plumbline.reporting.ClientReportIT;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.reporting.internal.ClientReportPdf;
import io.plumbline.reporting.internal.ClientReportSource;
import io.plumbline.shared.format.Format;
import io.plumbline.sla.SlaEvaluation;
import io.plumbline.sla.SlaEvaluationService;
import io.plumbline.sla.SlaService;
import io.plumbline.sla.SlaStatus;
import io.plumbline.sla.SlaText;
import io.plumbline.sla.Verdict;
import io.plumbline.sla.ui.PortalSlaView;
import io.plumbline.sla.ui.SlasView;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.SignInAccount;
import io.plumbline.tenancy.UserService;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * One truth on every screen (issue 15): the demo's figures rendered through every view
 * that shows them — the executive's drill-down, /sla, the portal's home, health and
 * service levels — and through the client report PDF, and compared. Each SLA shows the
 * verdict and availability of its own window everywhere; the portal's availability over
 * its last 30 days is the same on the home page and the health page.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "plumbline.demo.enabled=true")
class FiguresAgreeIT extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Autowired
    SlaService slas;

    @Autowired
    SlaEvaluationService compliance;

    @Autowired
    ClientService clients;

    @Autowired
    ClientReportSource clientReports;

    @Autowired
    ExecutiveReportSource executiveReports;

    @Autowired
    TestClock clock;

    TestUser executive;

    TestUser acmeViewer;

    @BeforeEach
    void theDemoAtOneInstant() {
        // Every view reads the same now, as a person looking at them within a minute.
        clock.stopAt(Instant.now().truncatedTo(ChronoUnit.MINUTES));
        executive = demoUser("exec@northwind.example");
        acmeViewer = demoUser("viewer@acme.example");
    }

    @AfterEach
    void signOutAndResetClock() {
        Fixtures.signOut();
        clock.reset();
    }

    @Test
    void each_acme_sla_has_one_verdict_and_one_availability_on_every_page_and_in_the_pdf() throws IOException {
        Fixtures.signInAs(executive);
        ClientDetails acme = clients.list(false)
            .stream()
            .filter(c -> c.name().equals("Acme Retail"))
            .findFirst()
            .orElseThrow();
        List<SlaStatus> own = slas.list()
            .stream()
            .filter(s -> s.client().equals(acme.id()))
            .map(s -> compliance.status(s.id()))
            .toList();
        assertThat(own).extracting(s -> s.sla().name()).contains("Retail contract");
        assertThat(own).allSatisfy(s -> assertThat(s.current().verdict()).isNotEqualTo(Verdict.NO_DATA));

        UI.getCurrent().navigate("dashboard/client/" + acme.id().value(), QueryParameters.of("period", "THIS_MONTH"));
        assertThat(getCurrentView()).isInstanceOf(ClientDashboardView.class);
        @SuppressWarnings("unchecked")
        Grid<SlaResult> drill = find(Grid.class).withId("client-slas").single();
        var drillRows = test(drill);
        for (SlaStatus status : own) {
            int row = rowOf(drillRows.size(), i -> drillRows.getRow(i).sla().id().equals(status.sla().id()));
            assertThat(((Span) drillRows.getCellComponent(row, "verdict")).getText()).as("drill-down verdict")
                .isEqualTo(status.current().verdict().label());
            assertThat(drillRows.getCellText(row, drillRows.getColumnPosition("window-availability")))
                .as("drill-down availability of the SLA's window")
                .startsWith(SlaText.availability(status.current()));
        }

        navigate(SlasView.class);
        @SuppressWarnings("unchecked")
        Grid<SlaStatus> all = find(Grid.class).single();
        var allRows = test(all);
        for (SlaStatus status : own) {
            int row = rowOf(allRows.size(), i -> allRows.getRow(i).sla().id().equals(status.sla().id()));
            assertThat(((Span) allRows.getCellComponent(row, "Status")).getText()).as("/sla verdict")
                .isEqualTo(status.current().verdict().label());
            assertThat(allRows.getCellText(row, allRows.getColumnPosition("Availability"))).as("/sla availability")
                .isEqualTo(SlaText.availability(status.current()));
        }

        Fixtures.signInAs(acmeViewer);
        navigate(PortalHomeView.class);
        Div portalSlas = find(Div.class).withId("portal-slas").single();
        for (SlaStatus status : own) {
            Component line = portalSlas.getChildren()
                .filter(l -> text(l.getChildren().findFirst().orElseThrow()).equals(status.sla().name()))
                .findFirst()
                .orElseThrow();
            List<String> cells = line.getChildren().map(FiguresAgreeIT::text).toList();
            assertThat(cells.get(1)).as("portal home availability")
                .endsWith(": " + SlaText.availability(status.current()));
            assertThat(cells.get(2)).as("portal home verdict").isEqualTo(status.current().verdict().label());
        }

        navigate(PortalSlaView.class);
        for (SlaStatus status : own) {
            H3 title = find(H3.class).withText(status.sla().name()).single();
            Component heading = title.getParent().orElseThrow();
            assertThat(text(heading.getChildren().toList().get(1))).as("portal SLA verdict")
                .isEqualTo(status.current().verdict().label());
            Component page = heading.getParent().orElseThrow();
            List<Component> sections = page.getChildren().toList();
            Component summary = sections.get(sections.indexOf(heading) + 1);
            assertThat(kpi(summary, "Availability, current window")).as("portal SLA availability")
                .isEqualTo(SlaText.availability(status.current()));
            assertThat(descendants(summary).filter(Span.class::isInstance).map(FiguresAgreeIT::text))
                .as("no 'Breach' beside a verdict that is not Missed")
                .noneMatch(t -> status.current().verdict() != Verdict.MISSED && t.startsWith("Breach"));
            assertThat(descendants(summary).map(FiguresAgreeIT::text))
                .noneMatch(t -> t.contains(acme.timeZone().getId()));
        }

        // The client report of this month so far, in the client's zone: the SLAs' own
        // calendar-month windows.
        LocalDate firstOfMonth = LocalDate.ofInstant(clock.instant(), acme.timeZone()).withDayOfMonth(1);
        ReportPeriod thisMonth = new ReportPeriod(firstOfMonth, firstOfMonth.plusMonths(1), acme.timeZone());
        String pdf = compact(ClientReportIT
            .text(ClientReportPdf.render(clientReports.read(executive.scope().agency(), acme.id(), thisMonth))));
        for (SlaStatus status : own) {
            SlaEvaluation current = status.current();
            // A row's cells run together in the extracted text: name, objectives,
            // availability, p95, budget used, verdict.
            assertThat(pdf).as("PDF row of " + status.sla().name())
                .containsPattern(Pattern.quote(compact(status.sla().name())) + ".{0,80}?"
                        + Pattern.quote(compact(SlaText.availability(current))) + ".{0,30}?"
                        + Pattern.quote(compact(current.verdict().label())));
        }
        assertThat(pdf).doesNotContain(acme.timeZone().getId())
            .contains(compact(Format.zone(acme.timeZone(), thisMonth.from())));
    }

    @Test
    void the_executive_pdf_prints_the_executive_dashboards_figures_for_the_same_month() throws IOException {
        Fixtures.signInAs(executive);
        LocalDate firstOfThisMonth = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
        int atRiskCompared = executivePdfAgreesWithTheDashboard("LAST_MONTH",
                new ReportPeriod(firstOfThisMonth.minusMonths(1), firstOfThisMonth, ZoneOffset.UTC))
                + executivePdfAgreesWithTheDashboard("THIS_MONTH",
                        new ReportPeriod(firstOfThisMonth, firstOfThisMonth.plusMonths(1), ZoneOffset.UTC));
        assertThat(atRiskCompared).as("the demo has clients at risk in one of the two months").isPositive();
    }

    /**
     * Renders the executive PDF of {@code month} and compares it with the dashboard of
     * the same days and the retention page of that month; answers how many at-risk rows
     * it compared.
     */
    private int executivePdfAgreesWithTheDashboard(String dashboardPeriod, ReportPeriod month) throws IOException {
        String text = ClientReportIT
            .text(ExecutiveReportPdf.render(executiveReports.read(executive.scope().agency(), month)));
        // The extracted text of a table row runs its cells together.
        String pdf = compact(text);

        UI.getCurrent().navigate("dashboard", QueryParameters.of("period", dashboardPeriod));
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        Component dashboard = (Component) getCurrentView();
        List<Component> tiles = descendants(dashboard)
            .filter(c -> c.getElement().getClassList().contains("pl-dash-kpi"))
            .toList();
        assertThat(tiles).hasSize(9);
        for (Component tile : tiles) {
            String label = childText(tile, "pl-kpi-label");
            String value = childText(tile, "pl-kpi-value");
            if (label.equals(RevenueAtRisk.LABEL)) {
                // Its own row (no previous period: contracts have no history) and the
                // cover.
                assertThat(pdf).as("PDF revenue at risk")
                    .contains(compact(
                            "Revenue at risk (renewal <= %d d)".formatted(ContractStatus.DUE_WITHIN_DAYS) + value))
                    .contains(compact(value + "revenue at risk / month"));
            }
            else {
                assertThat(pdf).as("PDF portfolio figure " + label).contains(compact(label + value));
            }
        }
        assertThat(pdf).as("cover: SLAs met and mean availability")
            .contains(compact(kpi(dashboard, "SLAs met") + "SLAs met"))
            .contains(compact(kpi(dashboard, "Availability") + "mean availability"));

        @SuppressWarnings("unchecked")
        Grid<ClientRow> clientsGrid = find(Grid.class).withId("clients").single();
        var clientRows = test(clientsGrid);
        assertThat(clientRows.size()).isGreaterThanOrEqualTo(4);
        for (int row = 0; row < clientRows.size(); row++) {
            String name = ((RouterLink) clientRows.getCellComponent(row, 0)).getText();
            // PDF columns: client, SLAs met, availability, burn, incidents, consent, NPS,
            // renewal, score.
            String expected = Pattern.quote(compact(name))
                    + Pattern
                        .quote(compact(
                                cell(clientRows, row, "SLAs met")
                                        + cell(clientRows, row, "Availability") + cell(clientRows, row, "Burn")))
                    + "[0-9]+"
                    + Pattern.quote(compact(cell(clientRows, row, "Consent") + cell(clientRows, row, "NPS")
                            + cell(clientRows, row, "Renewal")
                            + text(clientRows.getCellComponent(row, header(clientRows, "At-risk score")))));
            assertThat(pdf).as("PDF row of " + name + " under All clients").containsPattern(expected);
        }

        @SuppressWarnings("unchecked")
        Grid<ClientRow> atRiskGrid = find(Grid.class).withId("at-risk").single();
        var atRiskRows = test(atRiskGrid);
        assertThat(pdf).contains(compact(atRiskRows.size() + "clients at risk"));
        // From its heading on: a table that does not fit the page's rest can follow the
        // next heading in the extracted text.
        String atRiskSection = pdf.substring(pdf.lastIndexOf(compact("3 Clients at risk")));
        for (int row = 0; row < atRiskRows.size(); row++) {
            String name = ((RouterLink) atRiskRows.getCellComponent(row, 0)).getText();
            // PDF columns: client, score, main reason, availability, NPS, incidents,
            // contract, monthly value.
            assertThat(atRiskSection).as("PDF at-risk row of " + name)
                .containsPattern(Pattern
                    .quote(compact(
                            name + text(atRiskRows.getCellComponent(row, 1)) + cell(atRiskRows, row, "Main reason")))
                        + ".{0,120}?" + Pattern.quote(compact(cell(atRiskRows, row, "Monthly value"))));
        }

        // Churn and revenue: the retention page's figures for the same month, per
        // currency.
        navigate(RetentionView.class);
        @SuppressWarnings("unchecked")
        Select<RetentionPeriod> period = find(Select.class).all()
            .stream()
            .filter(select -> select.getValue() instanceof RetentionPeriod)
            .findFirst()
            .orElseThrow();
        period.setValue(RetentionPeriod.containing(PeriodKind.MONTH, month.start()));
        Component retention = (Component) getCurrentView();
        List<String> netRetention = kpiValues(retention, "Net revenue retention · ");
        List<String> closingMrr = kpiValues(retention, "MRR ");
        assertThat(netRetention).as("the demo's contracts are in more than one currency").hasSizeGreaterThan(1);
        String churnSection = pdf.substring(pdf.lastIndexOf(compact("5 Churn and revenue")));
        for (String line : netRetention) {
            String currency = line.substring(0, 3);
            String percent = line.endsWith("no data") ? "—" : line.substring(4);
            // A currency whose clients all left has no line on the MRR card: none at the
            // close.
            String mrr = closingMrr.stream()
                .filter(m -> m.startsWith(currency))
                .findFirst()
                .orElse(Format.money(java.util.Currency.getInstance(currency), java.math.BigDecimal.ZERO));
            // Currency, MRR at opening, revenue lost, net retention, MRR at close.
            assertThat(churnSection).as("PDF churn and revenue row in " + currency)
                .containsPattern(Pattern.quote(currency) + "(" + currency + "[0-9.,]+|—){2}"
                        + Pattern.quote(compact(percent + mrr)));
        }
        assertThat(text).doesNotContainPattern("\\b[a-z]+_[a-z_]+\\b")
            .as("no enum constants")
            .doesNotContainPattern("\\b(AT_RISK|RENEWAL_DUE|ACTIVE|CHURNED|RENEWED|MET|MISSED)\\b");
        return atRiskRows.size();
    }

    /** A grid cell's text, the column found by its header. */
    private static String cell(GridTester<?, ?> rows, int row, String header) {
        return rows.getCellText(row, header(rows, header));
    }

    private static int header(GridTester<?, ?> rows, String header) {
        for (int column = 0;; column++) {
            if (rows.getHeaderCell(column).equals(header)) {
                return column;
            }
        }
    }

    private static String childText(Component parent, String className) {
        return parent.getChildren()
            .filter(c -> c.getElement().getClassList().contains(className))
            .findFirst()
            .map(FiguresAgreeIT::text)
            .orElseThrow();
    }

    /** The value lines of the retention card whose label starts with {@code label}. */
    private static List<String> kpiValues(Component within, String label) {
        Component card = descendants(within)
            .filter(c -> c.getElement().getClassList().contains("pl-kpi-label") && text(c).startsWith(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no card labelled " + label))
            .getParent()
            .orElseThrow();
        return card.getChildren()
            .filter(c -> c.getElement().getClassList().contains("pl-kpi-value")
                    || c.getElement().getClassList().contains("pl-kpi-value-small"))
            .map(FiguresAgreeIT::text)
            .toList();
    }

    @Test
    void the_portal_shows_one_availability_for_the_last_30_days_on_home_and_health() {
        Fixtures.signInAs(acmeViewer);
        navigate(PortalHomeView.class);
        String onHome = kpi(find(Div.class).withId("portal-summary").single(), "Availability, last 30 days");
        assertThat(onHome).matches("[0-9]+\\.[0-9]{2} %");

        navigate(PortalHealthView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Optional<Period.Preset>> presets = find(RadioButtonGroup.class)
            .withClassName("pl-period-presets")
            .single();
        presets.setValue(Optional.of(Period.Preset.LAST_30_DAYS));

        assertThat(kpi((Component) getCurrentView(), "Availability, last 30 days")).isEqualTo(onHome);
    }

    private TestUser demoUser(String email) {
        SignInAccount account = users.findForSignIn(email).orElseThrow();
        return new TestUser(account.id(), account.email(), account.role(), account.scope());
    }

    private static int rowOf(int size, java.util.function.IntPredicate matches) {
        return java.util.stream.IntStream.range(0, size).filter(matches).findFirst().orElseThrow();
    }

    /** The value of the key figure card labelled {@code label} inside {@code within}. */
    private static String kpi(Component within, String label) {
        Component card = descendants(within)
            .filter(c -> c.getElement().getClassList().contains("pl-kpi-label") && text(c).equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no figure labelled " + label))
            .getParent()
            .orElseThrow();
        return card.getChildren()
            .filter(c -> c.getElement().getClassList().contains("pl-kpi-value"))
            .findFirst()
            .map(FiguresAgreeIT::text)
            .orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FiguresAgreeIT::descendants));
    }

    private static String text(Component component) {
        return component.getElement().getText();
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

}
