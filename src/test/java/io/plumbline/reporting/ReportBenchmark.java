package io.plumbline.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.bench.BenchReport;
import io.plumbline.reporting.ReportBenchData.BenchClient;
import io.plumbline.reporting.internal.ClientReportData;
import io.plumbline.reporting.internal.ClientReportPdf;
import io.plumbline.reporting.internal.ClientReportSource;
import io.plumbline.reporting.internal.ReportGeneration;
import io.plumbline.reporting.internal.ReportSchedule;
import io.plumbline.reporting.internal.ScheduleCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Time of one client report, warm: {@link ReportGeneration#generate} as the generation
 * task runs it (the figures read as the client, the PDF drawn, its pages counted, the
 * document stored), for a client with 5 integrations and calls every
 * {@code bench.spacing} seconds (default 120) from a week before last month until now, 3
 * SLAs (one with a latency objective), 4 published incidents with root causes, daily
 * consent counts, 60 survey answers and change-log entries, so every section and all 7
 * charts are drawn. {@code bench.warmup} reports (default 10) first, then
 * {@code bench.runs} (default 50) timed; then the parts alone. Not part of CI; run with
 * {@code ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReportBenchmark}.
 */
@PostgresIntegrationTest
class ReportBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 50);

    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);

    private static final Duration SPACING = Duration.ofSeconds(Integer.getInteger("bench.spacing", 120));

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final int CHARTS_DRAWN = 7;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    ReportService reports;

    @Autowired
    ReportGeneration generation;

    @Autowired
    ClientReportSource source;

    @Autowired
    SchedulerClient scheduler;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void one_client_report_with_every_section_and_seven_charts() throws IOException {
        BenchReport report = new BenchReport("client-report");
        ReportBenchData data = ReportBenchData.from(context);
        TestAgency agency = data.anAgencySharingSatisfaction();
        ReportPeriod period = ScheduleCalendar.periodReportedAt(ReportCadence.MONTHLY, BERLIN, Instant.now());
        long started = System.nanoTime();
        BenchClient client = data.aClient(agency, period, new ReportBenchData.Size(5, SPACING, 3, 4, 60), 7);
        report.line(
                "data: 5 integrations, %,d calls (one per %d s per integration from %s until now), 3 SLAs, 4 incidents, "
                    .formatted(client.calls(), SPACING.toSeconds(), period.start().minusDays(7))
                        + "60 survey answers, in %.0f s; report period %s to %s"
                            .formatted((System.nanoTime() - started) / 1e9, period.start(), period.end()));
        // request() queues a generation task at the clock's "now": two hours ahead, the
        // app's scheduler (on wall-clock time) leaves it alone until it is cancelled, and
        // each report here is drawn by calling the generation directly.
        clock.advance(Duration.ofHours(2));

        Deque<ReportId> queued = new ArrayDeque<>();
        for (int n = 0; n < WARMUP + RUNS; n++) {
            ReportId id = agency.scope().call(() -> reports.request(client.client().id(), period)).id();
            scheduler.cancel(TaskInstanceId.of(ReportSchedule.GENERATION.getTaskName(), id.toString()));
            queued.add(id);
        }
        Supplier<ReportId> generateOne = () -> {
            ReportId id = queued.pop();
            assertThat(generation.generate(agency.id(), id)).contains(ReportState.READY);
            return id;
        };
        time(report, "warm-up generations", WARMUP, generateOne);
        ReportId last = time(report, "ReportGeneration.generate (read as the client + render + count pages + store)",
                RUNS, generateOne);

        ReportFile file = agency.scope().call(() -> reports.download(last)).orElseThrow();
        byte[] pdf = file.pdf();
        int charts = charts(pdf);
        String text = ClientReportIT.text(pdf);
        report.line("document: %d pages, %,d bytes, %d charts (form XObjects); load average %s"
            .formatted(new PdfReader(pdf).getNumberOfPages(), pdf.length, charts, BenchReport.loadAverage()));
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/client-report.pdf"), pdf);
        assertThat(charts).isEqualTo(CHARTS_DRAWN);
        assertThat(text).contains("2 Service levels", "3 Integration health", "4 Incidents", "5 Consent coverage",
                "6 Satisfaction", "7 What changed and next steps", "Failed calls by cause", "Sync degraded (4)");

        ClientReportData figures = source.read(agency.id(), client.client().id(), period);
        time(report, "  of which ClientReportSource.read", RUNS,
                () -> source.read(agency.id(), client.client().id(), period));
        time(report, "  of which ClientReportPdf.render", RUNS, () -> ClientReportPdf.render(figures));
        time(report, "  of which counting the pages (PdfReader)", RUNS, () -> pages(pdf));
        report.save();
    }

    /**
     * Runs the work {@code runs} times and reports p50, p95, max and the JVM's CPU time
     * per run.
     */
    private static <T> T time(BenchReport report, String what, int runs, Supplier<T> work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] millis = new double[runs];
        long cpuBefore = os.getProcessCpuTime();
        T result = null;
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            result = work.get();
            millis[run] = (System.nanoTime() - t0) / 1e6;
        }
        double cpuPerRun = (os.getProcessCpuTime() - cpuBefore) / 1e6 / runs;
        report.line("%s: %d runs, p50 %.0f ms, p95 %.0f ms, max %.0f ms; JVM CPU %.0f ms per run; load average %s"
            .formatted(what, runs, BenchReport.percentile(millis.clone(), 0.5),
                    BenchReport.percentile(millis.clone(), 0.95), BenchReport.percentile(millis.clone(), 1.0),
                    cpuPerRun, BenchReport.loadAverage()));
        return result;
    }

    private static int pages(byte[] pdf) {
        try {
            return new PdfReader(pdf).getNumberOfPages();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each chart is drawn into a template, which the PDF keeps as a form XObject of the
     * page that shows it.
     */
    private static int charts(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        int forms = 0;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary xObjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
            if (xObjects == null) {
                continue;
            }
            for (PdfName name : xObjects.getKeys()) {
                PdfDictionary object = (PdfDictionary) PdfReader.getPdfObject(xObjects.get(name));
                if (PdfName.FORM.equals(object.getAsName(PdfName.SUBTYPE))) {
                    forms++;
                }
            }
        }
        return forms;
    }

}
