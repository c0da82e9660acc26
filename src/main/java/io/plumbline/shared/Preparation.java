package io.plumbline.shared;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Work the application finishes after its web server has opened, such as seeding the
 * demo. While it runs, readiness is {@code REFUSING_TRAFFIC} with the preparation as the
 * event's source, so that the readiness probe, the login page and the API say why they
 * cannot serve yet instead of failing as if a password or an API key were wrong. Spring
 * Boot reports {@code ACCEPTING_TRAFFIC} once every {@code ApplicationRunner} has
 * returned.
 */
public record Preparation(String message) {

    /** What the API's 503 answers ask clients to wait before they try again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    public void announce(ApplicationEventPublisher events) {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
    }

    /** The preparation under way, if readiness was last refused for one. */
    public static Optional<Preparation> ongoing(ApplicationAvailability availability) {
        AvailabilityChangeEvent<ReadinessState> last = availability.getLastChangeEvent(ReadinessState.class);
        return last != null && last.getState() == ReadinessState.REFUSING_TRAFFIC
                && last.getSource() instanceof Preparation preparation ? Optional.of(preparation) : Optional.empty();
    }
}
