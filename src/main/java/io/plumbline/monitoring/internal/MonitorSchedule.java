package io.plumbline.monitoring.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.plumbline.monitoring.MonitorId;
import io.plumbline.tenancy.AgencyId;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * One persistent db-scheduler execution per enabled monitor: instance id = monitor id,
 * data = agency id (a plain string, so that the stored bytes survive refactoring). Called
 * inside the service's transaction; db-scheduler's data source takes part in it, so a
 * monitor and its schedule commit or roll back together.
 */
@Component
public class MonitorSchedule {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("monitor-check", String.class);

    private final SchedulerClient scheduler;

    MonitorSchedule(SchedulerClient scheduler) {
        this.scheduler = scheduler;
    }

    /** Runs the monitor's next check at {@code at}, whether or not it had a schedule. */
    public void start(AgencyId agency, MonitorId monitor, Instant at) {
        boolean created = scheduler
            .scheduleIfNotExists(TASK.instance(monitor.toString()).data(agency.toString()).scheduledTo(at));
        if (!created) {
            try {
                scheduler.reschedule(instanceId(monitor), at);
            }
            catch (TaskInstanceCurrentlyExecutingException running) {
                // That run reschedules itself, and the next run reads the changed
                // monitor.
            }
        }
    }

    public void cancel(MonitorId monitor) {
        if (scheduler.getScheduledExecution(instanceId(monitor)).isEmpty()) {
            return;
        }
        try {
            scheduler.cancel(instanceId(monitor));
        }
        catch (TaskInstanceCurrentlyExecutingException running) {
            // The running check finds the monitor disabled or gone when it stores its
            // result, and ends its schedule.
        }
    }

    private static TaskInstanceId instanceId(MonitorId monitor) {
        return TASK.instanceId(monitor.toString());
    }

}
