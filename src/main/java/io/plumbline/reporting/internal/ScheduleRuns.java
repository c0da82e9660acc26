package io.plumbline.reporting.internal;

import io.plumbline.reporting.DeliveryState;
import io.plumbline.reporting.ReportId;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.reporting.ReportScheduleId;
import io.plumbline.reporting.ReportState;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of a schedule at its due instant: the report of the period just ended (drawn
 * once: unique per schedule and period), then one delivery row per recipient (unique per
 * schedule, period and recipient), each handed to the delivery task. Running the same run
 * again (a restart mid-run, a second node) finds both and adds nothing.
 */
@Component
public class ScheduleRuns {

    private final ReportScheduleRepository schedules;

    private final ReportRepository reports;

    private final ReportDeliveryRepository deliveries;

    private final ReportGeneration generation;

    private final ReportSchedule tasks;

    private final TransactionTemplate transactions;

    private final Clock clock;

    ScheduleRuns(ReportScheduleRepository schedules, ReportRepository reports, ReportDeliveryRepository deliveries,
            ReportGeneration generation, ReportSchedule tasks, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.schedules = schedules;
        this.reports = reports;
        this.deliveries = deliveries;
        this.generation = generation;
        this.tasks = tasks;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * @return the schedule's next run; empty when it is disabled or gone (the task then
     * ends)
     */
    public Optional<Instant> run(AgencyId agency, ReportScheduleId id, Instant dueAt) {
        TenantScope scope = TenantScope.agency(agency);
        Optional<UUID> report = CurrentTenant.callAs(scope,
                () -> transactions.execute(status -> schedules.findByAgencyIdAndId(agency.value(), id.value())
                    .filter(s -> s.enabled)
                    .map(s -> reportFor(s, dueAt))));
        if (report.isEmpty()) {
            return Optional.empty();
        }
        generation.generate(agency, new ReportId(report.get()));
        return CurrentTenant.callAs(scope, () -> transactions.execute(status -> {
            ReportRow drawn = reports.lockByAgencyIdAndId(agency.value(), report.get()).orElseThrow();
            ReportScheduleRow schedule = schedules.findByAgencyIdAndId(agency.value(), id.value()).orElseThrow();
            if (drawn.state == ReportState.READY) {
                queueDeliveries(drawn, schedule);
            }
            schedule.nextRunAt = ScheduleCalendar.nextRun(schedule.cadence, schedule.sendAt, schedule.zone(), dueAt);
            return Optional.of(schedule.nextRunAt);
        }));
    }

    private UUID reportFor(ReportScheduleRow schedule, Instant dueAt) {
        ReportPeriod period = ScheduleCalendar.periodReportedAt(schedule.cadence, schedule.zone(), dueAt);
        return reports.findByScheduleIdAndPeriodStart(schedule.id, period.start()).orElseGet(() -> {
            ReportRow row = reports.save(ReportRow.scheduled(schedule.agencyId, schedule.client(), schedule.id, period,
                    schedule.reviewBeforeSend, clock.instant()));
            reports.flush(); // the unique (schedule, period) key answers here, not at
                             // commit
            return row;
        }).id;
    }

    /**
     * A delivery row per recipient not yet served for this period; PENDING ones go to the
     * delivery task.
     */
    void queueDeliveries(ReportRow report, ReportScheduleRow schedule) {
        Instant now = clock.instant();
        for (String recipient : schedule.recipientList()) {
            if (!deliveries.existsByScheduleIdAndPeriodStartAndRecipient(schedule.id, report.periodStart, recipient)) {
                ReportDeliveryRow delivery = deliveries.save(new ReportDeliveryRow(report, recipient, now));
                if (delivery.state == DeliveryState.PENDING) {
                    tasks.deliver(new AgencyId(report.agencyId), delivery.id, now);
                }
            }
        }
    }

}
