package io.plumbline.reporting.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.plumbline.reporting.ReportId;
import io.plumbline.reporting.ReportScheduleId;
import io.plumbline.shared.PickedExecutions;
import io.plumbline.tenancy.AgencyId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The reports' db-scheduler tasks, each execution picked by one node only and kept across
 * restarts. Generation: one execution per report to draw (instance = report id). Schedule
 * run: one per schedule, rescheduled to its next run (instance = schedule id). Delivery:
 * one per mail, rescheduled for retries (instance = delivery id). The data is always the
 * agency, whose scope the work runs in. Calls join the caller's transaction.
 */
@Component
public class ReportSchedule {

    public static final TaskDescriptor<String> GENERATION = TaskDescriptor.of("report-generation", String.class);

    public static final TaskDescriptor<String> SCHEDULE_RUN = TaskDescriptor.of("report-schedule-run", String.class);
    static final TaskDescriptor<String> DELIVERY = TaskDescriptor.of("report-delivery", String.class);

    // Looked up on use: the scheduler needs the tasks, whose beans need this.
    private final ObjectProvider<SchedulerClient> scheduler;

    ReportSchedule(ObjectProvider<SchedulerClient> scheduler) {
        this.scheduler = scheduler;
    }

    public void generate(AgencyId agency, ReportId report, Instant at) {
        scheduler.getObject()
            .scheduleIfNotExists(GENERATION.instance(report.toString()).data(agency.toString()).scheduledTo(at));
    }

    public void run(AgencyId agency, ReportScheduleId schedule, Instant at) {
        scheduler.getObject()
            .scheduleIfNotExists(SCHEDULE_RUN.instance(schedule.toString()).data(agency.toString()).scheduledTo(at));
    }

    /**
     * Plans the schedule's run at {@code at}, moving the run already planned if there is
     * one.
     */
    public void moveRun(AgencyId agency, ReportScheduleId schedule, Instant at) {
        SchedulerClient client = scheduler.getObject();
        TaskInstanceId instance = TaskInstanceId.of(SCHEDULE_RUN.getTaskName(), schedule.toString());
        if (client.getScheduledExecution(instance).isPresent()) {
            client.reschedule(instance, at);
        }
        else {
            run(agency, schedule, at);
        }
    }

    /**
     * The agency's delivery executions that a node has picked now, by delivery id, with
     * the node's name.
     */
    public Map<String, String> pickedDeliveries(AgencyId agency) {
        return PickedExecutions.of(scheduler.getObject(), DELIVERY.getTaskName(), agency.toString());
    }

    public void deliver(AgencyId agency, java.util.UUID delivery, Instant at) {
        scheduler.getObject()
            .scheduleIfNotExists(DELIVERY.instance(delivery.toString()).data(agency.toString()).scheduledTo(at));
    }

}
