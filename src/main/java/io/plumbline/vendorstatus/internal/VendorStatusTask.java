package io.plumbline.vendorstatus.internal;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.plumbline.monitoring.OutboundUrlGuard;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.vendorstatus.VendorStatusProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task {@code vendor-status-poll}: one execution per page, picked by one
 * node of a cluster, that polls and reschedules itself at now + the poll interval, or
 * later after failures (the backoff is stored with the page). A page no integration names
 * any more ends its schedule.
 */
@Configuration(proxyBeanMethods = false)
class VendorStatusTask {

    /** A poll that threw (a bug or the database, not a failing page) is tried again. */
    static final Duration RETRY_AFTER_ERROR = Duration.ofMinutes(5);

    @Bean
    StatuspageClient statuspageClient(OutboundUrlGuard guard, VendorStatusProperties properties) {
        return new StatuspageClient(guard, properties.timeout(), properties.maxResponseBytes());
    }

    @Bean
    Task<String> vendorStatusPoll(VendorStatusPoller poller, Clock clock) {
        return Tasks.custom(VendorStatusSchedule.TASK)
            .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_ERROR))
            .execute((instance, context) -> {
                var next = poller.poll(new AgencyId(UUID.fromString(instance.getData())),
                        UUID.fromString(instance.getId()));
                return (CompletionHandler<String>) (complete, operations) -> next.ifPresentOrElse(
                        wait -> operations.reschedule(complete, clock.instant().plus(wait)), operations::remove);
            });
    }

}
