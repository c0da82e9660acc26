package io.plumbline.demo.internal;

import io.plumbline.security.LoginHint;
import io.plumbline.shared.Preparation;
import io.plumbline.tenancy.UserService;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo once, on an empty database, and prints the demo sign-ins at every start.
 * Runs only where {@link DemoDataCondition} allows: never on a production database. The
 * web server is already open while it seeds, so it announces a {@link Preparation}:
 * readiness DOWN, sign-in and the API refused with that reason.
 */
@Component
@Conditional(DemoDataCondition.class)
@org.springframework.core.annotation.Order(0)
class DemoData implements ApplicationRunner, LoginHint {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final Preparation SEEDING = new Preparation("Preparing demo data…");

    private final DemoTenants tenants;

    private final List<DemoStory> stories;

    private final UserService users;

    private final ApplicationEventPublisher events;

    private final EmbeddedStoreCompaction compaction;

    DemoData(DemoTenants tenants, List<DemoStory> stories, UserService users, ApplicationEventPublisher events,
            EmbeddedStoreCompaction compaction) {
        this.tenants = tenants;
        this.stories = stories.stream().sorted(Comparator.comparingInt(DemoStory::order)).toList();
        this.users = users;
        this.events = events;
        this.compaction = compaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.findForSignIn(DemoAccounts.ALL.getFirst().email()).isEmpty()) {
            SEEDING.announce(events);
            long started = System.nanoTime();
            DemoWorld world = tenants.create();
            stories.forEach(story -> story.tell(world));
            compaction.compact();
            log.info("Demo data seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        log.info("\n{}", DemoAccounts.table());
    }

    @Override
    public String text() {
        return "Demo: sign in as exec@northwind.example, admin@northwind.example or viewer@acme.example "
                + "with password " + DemoAccounts.PASSWORD + " (README lists every role).";
    }

}
