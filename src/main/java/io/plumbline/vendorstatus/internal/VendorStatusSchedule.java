package io.plumbline.vendorstatus.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import io.plumbline.tenancy.AgencyId;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * One persistent db-scheduler execution per stored status page: task
 * {@code vendor-status-poll}, instance id = page id, data = agency id. However many
 * integrations of the agency name the page, it has one execution, so it is polled once
 * per cycle. Called inside the service's transaction, like the monitors' schedule.
 */
@Component
public class VendorStatusSchedule {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("vendor-status-poll", String.class);

    private final SchedulerClient scheduler;

    VendorStatusSchedule(SchedulerClient scheduler) {
        this.scheduler = scheduler;
    }

    /** Polls the page at {@code at} unless it already has a schedule. */
    public void start(AgencyId agency, UUID page, Instant at) {
        scheduler.scheduleIfNotExists(TASK.instance(page.toString()).data(agency.toString()).scheduledTo(at));
    }

}
