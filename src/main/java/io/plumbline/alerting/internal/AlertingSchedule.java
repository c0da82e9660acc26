package io.plumbline.alerting.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import io.plumbline.alerting.NotificationId;
import io.plumbline.shared.PickedExecutions;
import io.plumbline.tenancy.AgencyId;
import org.springframework.beans.factory.ObjectProvider;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Alerting's two persistent db-scheduler tasks. Evaluation: one execution per agency
 * (instance = agency id) that reschedules itself a minute later while the agency has
 * enabled rules. Delivery: one execution per notification (instance = notification id,
 * data = agency id) at its next attempt time. Task data is the agency as a plain string,
 * and every execution runs in that agency's scope: RLS hides every row otherwise. Calls
 * join the caller's transaction.
 */
@Component
public class AlertingSchedule {

    static final TaskDescriptor<String> EVALUATION = TaskDescriptor.of("alert-evaluation", String.class);
    static final TaskDescriptor<String> DELIVERY = TaskDescriptor.of("alert-delivery", String.class);

    // Looked up on use: the scheduler needs the tasks, whose work (evaluation, delivery)
    // schedules again.
    private final ObjectProvider<SchedulerClient> scheduler;

    AlertingSchedule(ObjectProvider<SchedulerClient> scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Makes sure the agency's rules are evaluated, first at {@code at}; a running
     * schedule is left as it is.
     */
    public void evaluate(AgencyId agency, Instant at) {
        scheduler.getObject()
            .scheduleIfNotExists(EVALUATION.instance(agency.toString()).data(agency.toString()).scheduledTo(at));
    }

    /**
     * The agency's delivery executions that a node has picked now, by notification, with
     * the node's name.
     */
    public Map<NotificationId, String> pickedDeliveries(AgencyId agency) {
        Map<NotificationId, String> picked = new HashMap<>();
        PickedExecutions.of(scheduler.getObject(), DELIVERY.getTaskName(), agency.toString())
            .forEach((instance, node) -> picked.put(new NotificationId(UUID.fromString(instance)), node));
        return picked;
    }

    /**
     * Queues a notification's delivery; the dedup key already made sure there is no
     * second row to deliver.
     */
    void deliver(AgencyId agency, NotificationId notification, Instant at) {
        scheduler.getObject()
            .scheduleIfNotExists(DELIVERY.instance(notification.toString()).data(agency.toString()).scheduledTo(at));
    }

}
