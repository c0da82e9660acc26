package io.plumbline.reporting;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.plumbline.tenancy.AgencyId;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The db-scheduler tasks of {@link ReportSchedule}. */
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
}
