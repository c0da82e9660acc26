package io.plumbline.reporting.internal;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.plumbline.reporting.ReportId;
import io.plumbline.reporting.ReportScheduleId;
import io.plumbline.tenancy.AgencyId;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks of {@link ReportSchedule}; each execution is picked by one node
 * only.
 */
@Configuration(proxyBeanMethods = false)
class ReportTasks {

    @Bean
    Task<String> reportGenerationTask(ReportGeneration generation) {
        return Tasks.oneTime(ReportSchedule.GENERATION)
            .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(3,
                    new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1))))
            .execute((instance, context) -> generation.generate(new AgencyId(UUID.fromString(instance.getData())),
                    new ReportId(UUID.fromString(instance.getId()))));
    }

    @Bean
    Task<String> reportScheduleRunTask(ScheduleRuns runs) {
        return Tasks.custom(ReportSchedule.SCHEDULE_RUN)
            .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(5)))
            .execute((instance, context) -> {
                var next = runs.run(new AgencyId(UUID.fromString(instance.getData())),
                        new ReportScheduleId(UUID.fromString(instance.getId())), context.getExecution().executionTime);
                return (CompletionHandler<String>) (complete, operations) -> next
                    .ifPresentOrElse(at -> operations.reschedule(complete, at), operations::remove);
            });
    }

    @Bean
    Task<String> reportDeliveryTask(ReportDelivery delivery) {
        return Tasks.custom(ReportSchedule.DELIVERY)
            .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)))
            .execute((instance, context) -> {
                var next = delivery.attempt(new AgencyId(UUID.fromString(instance.getData())),
                        UUID.fromString(instance.getId()));
                return (CompletionHandler<String>) (complete, operations) -> next
                    .ifPresentOrElse(at -> operations.reschedule(complete, at), operations::remove);
            });
    }

}
