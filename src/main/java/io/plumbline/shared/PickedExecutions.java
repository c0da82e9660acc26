package io.plumbline.shared;

import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.util.HashMap;
import java.util.Map;

/**
 * Which node ({@code picked_by}) holds each picked execution of a task, for the outbox
 * views.
 */
public final class PickedExecutions {

    private PickedExecutions() {
    }

    /**
     * Instance id → node name, for the executions of {@code taskName} that a node has
     * picked now and whose data is {@code data} (the agency, so one agency never sees
     * another's executions).
     */
    public static Map<String, String> of(SchedulerClient scheduler, String taskName, String data) {
        Map<String, String> picked = new HashMap<>();
        scheduler.fetchScheduledExecutionsForTask(taskName, String.class,
                ScheduledExecutionsFilter.all().withPicked(true), execution -> {
                    if (data.equals(execution.getData())) {
                        picked.put(execution.getTaskInstance().getId(), execution.getPickedBy());
                    }
                });
        return picked;
    }

}
