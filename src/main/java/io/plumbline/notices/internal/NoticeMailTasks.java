package io.plumbline.notices.internal;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.plumbline.tenancy.AgencyId;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task that delivers one notice mail (instance = mail id, data =
 * agency): each execution is picked by one node only, kept across restarts, and
 * rescheduled for retries ({@link io.plumbline.shared.RetrySchedule}: 30 s doubling, at
 * most 8 attempts).
 */
@Configuration(proxyBeanMethods = false)
class NoticeMailTasks {

    static final TaskDescriptor<String> DELIVERY = TaskDescriptor.of("notice-mail-delivery", String.class);

    @Bean
    Task<String> noticeMailDeliveryTask(NoticeMailDelivery delivery) {
        return Tasks.custom(DELIVERY)
            .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)))
            .execute((instance, context) -> {
                var next = delivery.attempt(new AgencyId(UUID.fromString(instance.getData())),
                        UUID.fromString(instance.getId()));
                return (CompletionHandler<String>) (complete, operations) -> next
                    .ifPresentOrElse(at -> operations.reschedule(complete, at), operations::remove);
            });
    }

}
