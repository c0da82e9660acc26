package io.plumbline.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportVersionsTest {

    private static final ReportPeriod NOVEMBER = new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
            ZoneId.of("Europe/Berlin"));

    private static final ReportPeriod OCTOBER = new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1),
            ZoneId.of("Europe/Berlin"));

    private final ClientId acme = new ClientId(UUID.randomUUID());

    private final ClientId globex = new ClientId(UUID.randomUUID());

    @Test
    void aRegeneratedPeriodIsListedOnceAsItsNewestVersion() {
        ReportDetails first = report(acme, NOVEMBER, ReportState.READY, "2026-12-01T08:00:00Z");
        ReportDetails failed = report(acme, NOVEMBER, ReportState.FAILED, "2026-12-02T08:00:00Z");
        ReportDetails second = report(acme, NOVEMBER, ReportState.READY, "2026-12-03T08:00:00Z");
        ReportDetails october = report(acme, OCTOBER, ReportState.READY, "2026-11-01T08:00:00Z");
        List<ReportDetails> newestFirst = List.of(second, failed, first, october);

        assertThat(ReportVersions.newestOnly(newestFirst)).containsExactly(second, october);
        ReportVersions versions = ReportVersions.of(newestFirst);
        assertThat(versions.label(second)).isEqualTo("version 2");
        assertThat(versions.label(first)).isEqualTo("version 1, replaced by version 2");
        assertThat(versions.replaced(first)).isTrue();
        assertThat(versions.label(failed)).isEmpty();
        assertThat(versions.label(october)).isEmpty();
    }

    @Test
    void theSamePeriodOfAnotherClientOrTheExecutiveReportIsNotAVersion() {
        ReportDetails acmeNovember = report(acme, NOVEMBER, ReportState.READY, "2026-12-01T08:00:00Z");
        ReportDetails globexNovember = report(globex, NOVEMBER, ReportState.READY, "2026-12-02T08:00:00Z");
        ReportDetails executive = new ReportDetails(new ReportId(UUID.randomUUID()), ReportKind.EXECUTIVE,
                Optional.empty(), NOVEMBER, ReportState.READY, "ceo", Instant.parse("2026-12-03T08:00:00Z"), null, 3,
                1000, null, false);
        List<ReportDetails> all = List.of(executive, globexNovember, acmeNovember);

        assertThat(ReportVersions.newestOnly(all)).containsExactly(executive, globexNovember, acmeNovember);
        assertThat(all).allSatisfy(r -> assertThat(ReportVersions.of(all).label(r)).isEmpty());
    }

    private static ReportDetails report(ClientId client, ReportPeriod period, ReportState state, String requestedAt) {
        return new ReportDetails(new ReportId(UUID.randomUUID()), ReportKind.CLIENT, Optional.of(client), period, state,
                "manager", Instant.parse(requestedAt), null, state == ReportState.READY ? 8 : null,
                state == ReportState.READY ? 120_000 : null, state == ReportState.FAILED ? "boom" : null, false);
    }

}
