package io.plumbline.demo.internal;

import io.plumbline.reporting.ReportCadence;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.reporting.ReportScheduleService;
import io.plumbline.reporting.ReportService;
import io.plumbline.reporting.ScheduleDraft;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Northwind's report schedules — the monthly executive report to its owner and executive,
 * Acme's weekly report held for review, Globex's monthly report — and last month's
 * executive and Acme reports, requested like a user would: the app's scheduler draws them
 * from the demo data right after start, so the archives are not empty.
 */
@Component
class DemoReports implements DemoStory {

    private final ReportScheduleService schedules;

    private final ReportService reports;

    private final ClientService clients;

    private final Clock clock;

    DemoReports(ReportScheduleService schedules, ReportService reports, ClientService clients, Clock clock) {
        this.schedules = schedules;
        this.reports = reports;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void tell(DemoWorld world) {
        CurrentTenant.runAs(world.agency(DemoTenants.NORTHWIND), () -> {
            ClientId acme = world.client(DemoTenants.ACME);
            ClientId globex = world.client(DemoTenants.GLOBEX);
            schedules.create(ScheduleDraft.executive(ReportCadence.MONTHLY, ZoneId.of("UTC"), LocalTime.of(7, 0),
                    List.of("owner@northwind.example", "exec@northwind.example"), false));
            schedules.create(new ScheduleDraft(acme, ReportCadence.WEEKLY, zoneOf(acme), LocalTime.of(8, 0),
                    List.of("marketing-ops@acme.example"), true));
            schedules.create(new ScheduleDraft(globex, ReportCadence.MONTHLY, zoneOf(globex), LocalTime.of(9, 0),
                    List.of("digital@globex.example", "it@globex.example"), false));
            reports.requestExecutive(lastMonth(ZoneId.of("UTC")));
            reports.request(acme, lastMonth(zoneOf(acme)));
        });
    }

    private ZoneId zoneOf(ClientId client) {
        return clients.find(client).orElseThrow().timeZone();
    }

    private ReportPeriod lastMonth(ZoneId zone) {
        LocalDate first = LocalDate.now(clock.withZone(zone)).withDayOfMonth(1);
        return new ReportPeriod(first.minusMonths(1), first, zone);
    }

}
