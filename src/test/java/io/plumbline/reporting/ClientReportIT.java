package io.plumbline.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.consent.ConsentService;
import io.plumbline.incident.IncidentService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.MetricsService;
import io.plumbline.reporting.internal.ClientReportPdf;
import io.plumbline.reporting.internal.ClientReportSource;
import io.plumbline.reporting.internal.PdfText;
import io.plumbline.reporting.internal.ScheduleCalendar;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
public class ClientReportIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    ClientReportSource source;

    @Autowired
    MetricsService metrics;

    @Autowired
    IncidentService incidents;

    @Autowired
    ConsentService consent;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IntegrationDetails crm;

    IntegrationDetails mail;

    IntegrationDetails otherClientsCrm;

    ReportPeriod lastWeek;

    @BeforeEach
    void aClientWithAWeekOfData() {
        ReportFixtures data = ReportFixtures.from(context);
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        mail = fixtures.anIntegration(agency, client);
        otherClientsCrm = fixtures.anIntegration(agency, otherClient);
        lastWeek = ScheduleCalendar.periodReportedAt(ReportCadence.WEEKLY, BERLIN, Instant.now());
        data.aWeekOfData(agency, client, List.of(crm, mail), lastWeek);
        data.aWeekOfData(agency, otherClient, List.of(otherClientsCrm), lastWeek);
    }

    @Test
    void the_numbers_in_the_pdf_are_those_the_services_return_for_the_same_client_and_period() throws IOException {
        byte[] pdf = ClientReportPdf.render(source.read(agency.id(), client.id(), lastWeek));
        String text = text(pdf);

        TenantScope asClient = new TenantScope(agency.id(), client.id());
        HealthSummary health = CurrentTenant.callAs(asClient,
                () -> metrics.clientHealth(client.id(), lastWeek.from(), lastWeek.to()));
        HealthSummary crmHealth = CurrentTenant.callAs(asClient,
                () -> metrics.health(crm.id(), lastWeek.from(), lastWeek.to()));
        var coverage = CurrentTenant.callAs(asClient,
                () -> consent.clientCoverage(client.id(), lastWeek.start(), lastWeek.end().minusDays(1)));
        long published = CurrentTenant.callAs(asClient, () -> incidents.published(client.id())).size();

        assertThat(health.total()).isPositive();
        assertThat(text).contains(PdfText.percent(health.availability()))
            .contains(PdfText.count(health.total()) + " calls")
            .contains(PdfText.millis(health.p95()))
            .contains(PdfText.percent(crmHealth.availability()))
            .contains(PdfText.coverage(coverage.counts().coverage()))
            .contains(published + " incident affected")
            .contains("Contacts stopped syncing")
            .contains(ReportFixtures.PUBLISHED_SUMMARY)
            .contains("Moved to the v4 contacts API")
            .contains("Legacy lists endpoint retires")
            .contains(client.displayName() == null ? client.name() : client.displayName())
            .contains(PdfText.days(lastWeek.start(), lastWeek.end()));
        assertThat(health.availability().getAsDouble()).isLessThan(1.0);
    }

    @Test
    void a_report_holds_only_client_safe_data_of_its_own_client() throws IOException {
        byte[] pdf = ClientReportPdf.render(source.read(agency.id(), client.id(), lastWeek));
        String text = text(pdf);

        assertThat(text).contains(crm.name())
            .contains(mail.name())
            .doesNotContain(otherClientsCrm.name())
            .doesNotContain(otherClient.name())
            .doesNotContain(ReportFixtures.INTERNAL_NOTE)
            .doesNotContain(ReportFixtures.DRAFT_SUMMARY)
            .doesNotContain("Unpublished hiccup")
            .doesNotContain("DRAFT change never published")
            .doesNotContain("Authentication / permission");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isBetween(4, 12);
        writeSample(pdf);
    }

    /** The PDF's text, page by page; also used by the end-to-end browser test. */
    public static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("[ \\t]+", " ");
    }

    /** The rendered sample, for looking at with pdftoppm (docs/reports.md). */
    private static void writeSample(byte[] pdf) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/report-client-sample.pdf"), pdf);
    }

}
