package io.plumbline.alerting.internal;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.plumbline.alerting.NotificationId;
import io.plumbline.monitoring.OutboundUrlGuard;
import io.plumbline.tenancy.AgencyId;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks of {@link AlertingSchedule}; each execution is picked by one
 * node only.
 */
@Configuration(proxyBeanMethods = false)
public class AlertingTasks {

    static final Duration EVALUATION_INTERVAL = Duration.ofMinutes(1);

    @Bean
    WebhookSender webhookSender(OutboundUrlGuard guard) {
        return new WebhookSender(guard);
    }

    @Bean
    Task<String> alertEvaluation(AlertEvaluator evaluator, Clock clock) {
        return Tasks.custom(AlertingSchedule.EVALUATION)
            .onFailure(new FailureHandler.OnFailureRetryLater<>(EVALUATION_INTERVAL))
            .execute((instance, context) -> {
                boolean more = evaluator.evaluate(new AgencyId(UUID.fromString(instance.getData())));
                return (CompletionHandler<String>) (complete, operations) -> {
                    if (more) {
                        operations.reschedule(complete, clock.instant().plus(EVALUATION_INTERVAL));
                    }
                    else {
                        operations.remove();
                    }
                };
            });
    }

    @Bean
    Task<String> alertDelivery(NotificationDelivery delivery) {
        return Tasks.custom(AlertingSchedule.DELIVERY)
            .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)))
            .execute((instance, context) -> {
                var next = delivery.attempt(new AgencyId(UUID.fromString(instance.getData())),
                        new NotificationId(UUID.fromString(instance.getId())));
                return (CompletionHandler<String>) (complete, operations) -> next
                    .ifPresentOrElse(at -> operations.reschedule(complete, at), operations::remove);
            });
    }

}
