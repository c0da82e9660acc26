package io.plumbline.demo.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.sla.CampaignDraft;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.MaintenanceDraft;
import io.plumbline.sla.MaintenanceSchedule;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * SLAs that fit {@link DemoObservations}: the Marketo outage makes Umbrella Finance miss
 * its 99.6 % in the month it happened (the other months' 0.3 % background failures stay
 * inside the budget); Acme Retail's Black-Friday week is judged at 99.9 % and the Klaviyo
 * throttling breaks it; Globex Health has a weekly maintenance window on Sunday nights,
 * Berlin time.
 */
@Component
class DemoSlas implements DemoStory {

    private final SlaService slas;

    private final Clock clock;

    DemoSlas(SlaService slas, Clock clock) {
        this.slas = slas;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void tell(DemoWorld world) {
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        sla(world, "Umbrella Finance", world.integration("umbrella-marketo"), "Marketo e-mail delivery",
                Objectives.availabilityOnly(99.6), EvaluationWindow.CALENDAR_MONTH);
        SlaDetails acme = sla(world, DemoTenants.ACME, null, "Retail contract", new Objectives(99.0, 1_000, null),
                EvaluationWindow.CALENDAR_MONTH);
        as(world, DemoTenants.ACME, () -> slas.addCampaign(acme.id(), new CampaignDraft("Black-Friday week",
                today.minus(Duration.ofDays(4)), today.plus(Duration.ofDays(3)), new Objectives(99.9, 800, 1.0))));
        sla(world, DemoTenants.GLOBEX, null, "Patient messaging", new Objectives(98.5, null, 20.0),
                EvaluationWindow.ROLLING_30_DAYS);
        as(world, DemoTenants.GLOBEX,
                () -> slas.addMaintenance(new MaintenanceDraft(world.client(DemoTenants.GLOBEX), null,
                        "Sunday release window",
                        new MaintenanceSchedule.Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 0), Duration.ofHours(2)))));
        sla(world, "Hooli Cloud", world.integration("hooli-segment"), "Segment event pipeline",
                new Objectives(99.5, 1_500, null), EvaluationWindow.ROLLING_7_DAYS);
        sla(world, DemoTenants.INITECH, null, "Sales and e-mail contract", Objectives.availabilityOnly(99.5),
                EvaluationWindow.CALENDAR_MONTH);
        // Every other client gets a plain service contract, so that insight ranks all
        // clients by reliability.
        for (String client : List.of("Wayfarer Travel", "Soylent Foods", "Brightpath Learning", "Vandelay Industries",
                "Pied Piper Media", "Massive Dynamic", "Oceanic Airlines")) {
            sla(world, client, null, "Service contract", Objectives.availabilityOnly(99.5),
                    EvaluationWindow.CALENDAR_MONTH);
        }
    }

    private SlaDetails sla(DemoWorld world, String client, IntegrationId integration, String name,
            Objectives objectives, EvaluationWindow window) {
        return as(world, client,
                () -> slas.create(new SlaDraft(world.client(client), integration, name, objectives, window)));
    }

    private static <T> T as(DemoWorld world, String client, Supplier<T> work) {
        return CurrentTenant.callAs(TenantScope.agency(world.agencyOfClient(client)), work);
    }

}
