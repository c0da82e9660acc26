package io.plumbline.reporting;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import io.plumbline.tenancy.AgencyId;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The reports' db-scheduler task: one execution per report to draw (instance = report id, data = agency id), so a
 * generation survives a restart and runs on one node only. Calls join the caller's transaction.
 */
@Component
class ReportSchedule {

    static final TaskDescriptor<String> GENERATION = TaskDescriptor.of("report-generation", String.class);

    // Looked up on use: the scheduler needs the tasks, whose beans need this.
    private final ObjectProvider<SchedulerClient> scheduler;

    ReportSchedule(ObjectProvider<SchedulerClient> scheduler) {
        this.scheduler = scheduler;
    }

    void generate(AgencyId agency, ReportId report, Instant at) {
        scheduler.getObject().scheduleIfNotExists(GENERATION.instance(report.toString()).data(agency.toString())
                .scheduledTo(at));
    }
}
