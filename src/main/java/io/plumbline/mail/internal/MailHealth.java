package io.plumbline.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The "mail" entry of {@code /actuator/health}, in place of Spring Boot's (the bean name
 * replaces it), which opened an SMTP connection on every health request: a server that
 * never answers made the health request hang, and an SMTP outage made the whole node
 * DOWN. This one reports what real sends found, without touching the network: UP while
 * the last send went through (or none was tried), DEGRADED after a failed one, UNKNOWN
 * without an SMTP server. DEGRADED and UNKNOWN rank below UP
 * ({@code management.endpoint.health.status.order}): mail shows, never sets the node's
 * status, and is in neither the liveness nor the readiness group.
 */
@Component("mailHealthIndicator")
public class MailHealth implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED",
            "Mail is failing; deliveries wait in their outbox and retry");

    /**
     * {@code order} tells which of two outcomes came last, even within one clock tick.
     */
    private record Outcome(long order, Instant at, String error) {
    }

    private final ObjectProvider<JavaMailSender> sender;

    private final Clock clock;

    private final AtomicLong outcomes = new AtomicLong();

    private final AtomicReference<Outcome> lastSuccess = new AtomicReference<>();

    private final AtomicReference<Outcome> lastFailure = new AtomicReference<>();

    public MailHealth(ObjectProvider<JavaMailSender> sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    public void sent() {
        lastSuccess.set(new Outcome(outcomes.incrementAndGet(), clock.instant(), null));
    }

    public void failed(String error) {
        lastFailure
            .set(new Outcome(outcomes.incrementAndGet(), clock.instant(), error == null ? "SMTP failure" : error));
    }

    @Override
    public Health health() {
        if (sender.getIfAvailable() == null) {
            return Health.unknown()
                .withDetail("reason", "No SMTP server configured (spring.mail.host): mail is held")
                .build();
        }
        Outcome success = lastSuccess.get();
        Outcome failure = lastFailure.get();
        boolean failing = failure != null && (success == null || failure.order() > success.order());
        Health.Builder health = failing ? Health.status(DEGRADED) : Health.up();
        if (success != null) {
            health.withDetail("lastSentAt", success.at().toString());
        }
        if (failure != null) {
            health.withDetail("lastFailureAt", failure.at().toString()).withDetail("lastError", failure.error());
        }
        return health.build();
    }

}
