package io.plumbline.reporting;

import io.plumbline.shared.format.Format;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.dashboard.ClientDrillDown;
import io.plumbline.dashboard.ClientRow;
import io.plumbline.dashboard.DashboardFormat;
import io.plumbline.dashboard.DashboardPeriod;
import io.plumbline.dashboard.DashboardService;
import io.plumbline.dashboard.Kpi;
import io.plumbline.dashboard.Portfolio;
import io.plumbline.dashboard.SlaResult;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.reporting.internal.ClientReportPdf;
import io.plumbline.reporting.internal.ClientReportSource;
import io.plumbline.reporting.internal.ExecutiveReportPdf;
import io.plumbline.reporting.internal.ExecutiveReportSource;
import io.plumbline.reporting.internal.PdfText;
import io.plumbline.reporting.internal.ReportGeneration;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The figures in the PDFs are the dashboard's: the executive report against the portfolio
 * dashboard, a client report against the client's drill-down, for last month in UTC (the
 * dashboard's "Last month"). Also who may see the executive report: agency staff only,
 * never a client user, never another agency.
 */
@PostgresIntegrationTest
class ReportFiguresIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    DashboardService dashboard;

    @Autowired
    ExecutiveReportSource executiveSource;

    @Autowired
    ClientReportSource clientSource;

    @Autowired
    ReportService reports;

    @Autowired
    ReportGeneration generation;

    @Autowired
    TestClock clock;

    TestAgency agency;

    ClientDetails acme;

    ClientDetails globex;

    ClientDetails rivalsClient;

    ReportPeriod lastMonth;

    @BeforeEach
    void twoClientsWithLastMonthsDataAndARivalAgency() {
        ReportFixtures data = ReportFixtures.from(context);
        LocalDate firstOfThisMonth = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
        lastMonth = new ReportPeriod(firstOfThisMonth.minusMonths(1), firstOfThisMonth, ZoneId.of("UTC"));
        agency = fixtures.anAgency();
        acme = fixtures.aClient(agency);
        globex = fixtures.aClient(agency);
        IntegrationDetails acmeCrm = fixtures.anIntegration(agency, acme);
        IntegrationDetails acmeMail = fixtures.anIntegration(agency, acme);
        data.aWeekOfData(agency, acme, List.of(acmeCrm, acmeMail), lastMonth);
        data.aWeekOfData(agency, globex, List.of(fixtures.anIntegration(agency, globex)), lastMonth);
        TestAgency rival = fixtures.anAgency();
        rivalsClient = fixtures.aClient(rival);
        data.aWeekOfData(rival, rivalsClient, List.of(fixtures.anIntegration(rival, rivalsClient)), lastMonth);
    }

    @AfterEach
    void signOutAndResetClock() {
        Fixtures.signOut();
        clock.reset();
    }

    @Test
    void the_executive_reports_figures_are_the_portfolio_dashboards_for_the_same_period() throws IOException {
        Portfolio onDashboard = agency.scope().call(() -> dashboard.portfolio(DashboardPeriod.LAST_MONTH));

        String text = ClientReportIT.text(ExecutiveReportPdf.render(executiveSource.read(agency.id(), lastMonth)));
        String cells = compact(text); // the extracted text of a table row runs
                                      // right-aligned cells together

        var k = onDashboard.kpis();
        List<Kpi> withData = List
            .of(k.slasMet(), k.meanAvailability(), k.errorBudgetBurn(), k.consentCoverage(),
                    k.medianTimeToResolveHours(), k.openIncidents())
            .stream()
            .filter(kpi -> kpi.current().isPresent())
            .toList();
        assertThat(withData).hasSizeGreaterThanOrEqualTo(5);
        for (Kpi kpi : withData) {
            assertThat(cells).as(kpi.name()).contains(compact(kpi.name() + kpi.currentText()));
        }
        assertThat(onDashboard.clients()).hasSize(2);
        for (ClientRow row : onDashboard.clients()) {
            assertThat(row.availability()).isPresent();
            assertThat(cells).contains(compact(row.name() + row.slasMet() + " / " + row.slasWithData()
                    + DashboardFormat.percent(row.availability(), Format.Precision.AVAILABILITY)
                    + DashboardFormat.number(row.burnRate(), "%.2f×")));
        }
        assertThat(text).contains("Executive report")
            .contains(PdfText.days(lastMonth.start(), lastMonth.end()))
            .contains("Portfolio of 2 clients")
            .doesNotContain(rivalsClient.name());
    }

    @Test
    void a_client_reports_figures_are_the_client_dashboards_for_the_same_client_and_period() throws IOException {
        ClientDrillDown onDashboard = agency.scope()
            .call(() -> dashboard.client(acme.id(), DashboardPeriod.LAST_MONTH));

        String text = ClientReportIT.text(ClientReportPdf.render(clientSource.read(agency.id(), acme.id(), lastMonth)));

        assertThat(onDashboard.slas()).hasSize(1);
        SlaResult sla = onDashboard.slas().getFirst();
        assertThat(text).contains(sla.sla().name() + " ")
            .contains(PdfText.percent(sla.evaluation().availability()))
            .contains(PdfText.percent(onDashboard.row().availability()))
            .contains(PdfText.count(onDashboard.health().total()) + " calls")
            .contains(PdfText.percent(onDashboard.health().availability()))
            .contains(PdfText.coverage(onDashboard.consent().counts().coverage()))
            .doesNotContain(globex.name());
        // The dashboard counts every incident of the period; the client's report only
        // those published to the client.
        assertThat(onDashboard.incidents()).hasSize(2);
        assertThat(text).contains("1 incident affected");
    }

    @Test
    void staff_generate_and_download_the_executive_report_and_a_client_user_never_sees_it() throws IOException {
        clock.advance(Duration.ofHours(2)); // the real scheduler runs on wall-clock time
                                            // and leaves this report alone
        Fixtures.TestUser executive = fixtures.aUser(agency, Role.EXECUTIVE);
        Fixtures.TestUser clientAdmin = fixtures.aClientUser(agency, acme, Role.CLIENT_ADMIN);
        Fixtures.TestUser rivalOwner = fixtures.aUser(fixtures.anAgency(), Role.OWNER);
        Fixtures.signInAs(executive);
        ReportDetails requested = reports.requestExecutive(lastMonth);
        assertThat(requested.kind()).isEqualTo(ReportKind.EXECUTIVE);
        assertThat(requested.client()).isEmpty();

        assertThat(generation.generate(agency.id(), requested.id())).contains(ReportState.READY);

        ReportFile file = reports.download(requested.id()).orElseThrow();
        assertThat(file.fileName())
            .endsWith("-executive-report-%s-%s.pdf".formatted(lastMonth.start(), lastMonth.end().minusDays(1)));
        assertThat(ClientReportIT.text(file.pdf())).contains(acme.name()).contains(globex.name());
        assertThat(reports.list(Optional.empty())).extracting(ReportDetails::id).contains(requested.id());
        writeSample(file.pdf());

        Fixtures.signInAs(clientAdmin);
        assertThat(reports.list(Optional.empty())).isEmpty();
        assertThat(reports.download(requested.id())).isEmpty();
        assertThat(reports.find(requested.id())).isEmpty();
        assertThatThrownBy(() -> reports.requestExecutive(lastMonth)).isInstanceOf(AccessDeniedException.class);

        Fixtures.signInAs(rivalOwner);
        assertThat(reports.download(requested.id())).isEmpty();
        assertThat(reports.list(Optional.empty())).isEmpty();
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The rendered sample, for looking at with pdftoppm (docs/reports.md). */
    private static void writeSample(byte[] pdf) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/report-executive-sample.pdf"), pdf);
    }

}
