package io.plumbline.monitoring.internal;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.plumbline.monitoring.MonitorId;
import io.plumbline.tenancy.AgencyId;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task behind every monitor. A one-shot execution that reschedules
 * itself at {@code now + interval} after each check, rather than a recurring task: the
 * interval lives in the monitor row, so an edit takes effect without rewriting task data,
 * and a monitor found disabled or deleted simply ends its own schedule.
 */
@Configuration(proxyBeanMethods = false)
class MonitorCheckTask {

    /**
     * A check that threw (not one that found the API down) is tried again after this
     * pause.
     */
    static final Duration RETRY_AFTER_ERROR = Duration.ofMinutes(1);

    @Bean
    Task<String> monitorCheck(MonitorChecks checks, Clock clock) {
        return Tasks.custom(MonitorSchedule.TASK)
            .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_ERROR))
            .execute((instance, context) -> {
                var next = checks.check(new AgencyId(UUID.fromString(instance.getData())),
                        new MonitorId(UUID.fromString(instance.getId())));
                return (CompletionHandler<String>) (complete, operations) -> next.ifPresentOrElse(
                        interval -> operations.reschedule(complete, clock.instant().plus(interval)),
                        operations::remove);
            });
    }

}
