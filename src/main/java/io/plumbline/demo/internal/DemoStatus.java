package io.plumbline.demo.internal;

import io.plumbline.status.LiveState;
import io.plumbline.status.StatusService;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The live status of the demo: Klaviyo's campaign throttling (the last days of 429s in
 * {@link DemoObservations}) is measured as degraded right after seeding, and the agency
 * has marked it so by hand for a week, with a note, so the portal's banner tells the
 * story after the seeded minutes have passed too. Acme's public status page stays off
 * (the agency turns it on under Clients → Acme Retail → Live status; docs/status.md).
 */
@Component
class DemoStatus implements DemoStory {

    static final Duration OVERRIDE_LASTS = Duration.ofDays(7);

    private final StatusService status;

    private final DemoPeople people;

    private final Clock clock;

    DemoStatus(StatusService status, DemoPeople people, Clock clock) {
        this.status = status;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 72;
    }

    @Override
    public void tell(DemoWorld world) {
        people.as("admin@northwind.example",
                () -> status.override(world.integration("acme-klaviyo"), LiveState.DEGRADED,
                        "Klaviyo is throttling campaign sends (HTTP 429). Messages are queued and retried; "
                                + "expect delays of up to 15 minutes.",
                        clock.instant().plus(OVERRIDE_LASTS)));
    }

}
