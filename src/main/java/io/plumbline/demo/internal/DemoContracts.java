package io.plumbline.demo.internal;

import io.plumbline.retention.ChurnCategory;
import io.plumbline.retention.ChurnDraft;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.ContractDraft;
import io.plumbline.retention.RenewalDraft;
import io.plumbline.retention.RetentionService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A contract for every demo client, dated relative to the day the demo is seeded:
 * renewals with expansion (Acme, Hooli, Initech) and contraction (Brightpath, Oceanic),
 * renewals due within 90 days (Wayfarer, Globex, Vandelay, Massive Dynamic), Umbrella
 * Finance churned for reliability six days ago — it did not renew after the Marketo
 * outage of {@link DemoObservations} and its missed SLA month — and Pied Piper Media
 * churned five months ago (budget), so that logo churn has a history.
 */
@Component
class DemoContracts implements DemoStory {

    /**
     * start/renewal in months from today (plus days); a renewal moves to nextRenewal at
     * nextValue.
     */
    record Spec(String client, String reference, String currency, String value, int startMonths, int renewalMonths,
            int renewalDays, Integer nextRenewalMonths, String nextValue, ChurnCategory churn, String reason) {

        /** A term that runs to its renewal date. */
        static Spec running(String client, String reference, String currency, String value, int startMonths,
                int renewalMonths, int renewalDays) {
            return new Spec(client, reference, currency, value, startMonths, renewalMonths, renewalDays, null, null,
                    null, null);
        }

        /** A term renewed on its renewal date; the next one runs to nextRenewalMonths. */
        static Spec renewed(String client, String reference, String currency, String value, int startMonths,
                int renewalMonths, int nextRenewalMonths, String nextValue) {
            return new Spec(client, reference, currency, value, startMonths, renewalMonths, 0, nextRenewalMonths,
                    nextValue, null, null);
        }

        /** A term the client did not renew. */
        static Spec churned(String client, String reference, String currency, String value, int startMonths,
                int renewalMonths, int renewalDays, ChurnCategory churn, String reason) {
            return new Spec(client, reference, currency, value, startMonths, renewalMonths, renewalDays, null, null,
                    churn, reason);
        }

    }

    static final List<Spec> SPECS = List.of(
            Spec.renewed(DemoTenants.ACME, "ACME-RETAINER", "EUR", "4200", -20, -8, 4, "4800"),
            Spec.running(DemoTenants.GLOBEX, "GLOBEX-CARE", "EUR", "6500", -10, 2, 0),
            Spec.churned("Umbrella Finance", "UMB-MARKETING", "GBP", "3900", -12, 0, -6, ChurnCategory.RELIABILITY,
                    "Did not renew after the Marketo outage in October (2.5 hours of failed sends during a campaign) "
                            + "and a month below the 99.6 % delivery SLA."),
            Spec.renewed("Hooli Cloud", "HOOLI-GROWTH", "USD", "5200", -14, -2, 10, "5900"),
            Spec.running("Wayfarer Travel", "WAYFARER-CRM", "EUR", "2400", -11, 0, 21),
            Spec.running("Soylent Foods", "SOYLENT-OPS", "EUR", "1800", -7, 5, 0),
            Spec.renewed("Brightpath Learning", "BRIGHTPATH-LMS", "EUR", "2900", -18, -6, 6, "2600"),
            Spec.running("Vandelay Industries", "VANDELAY-B2B", "EUR", "3300", -9, 0, 85),
            Spec.churned("Pied Piper Media", "PIEDPIPER-ANALYTICS", "USD", "1500", -17, -5, 0, ChurnCategory.BUDGET,
                    "Marketing budget cut after their funding round fell through."),
            Spec.renewed(DemoTenants.INITECH, "INITECH-SALES", "USD", "3800", -15, -3, 9, "4400"),
            Spec.running("Massive Dynamic", "MASSIVE-MKT", "USD", "7200", -8, 0, 45),
            Spec.renewed("Oceanic Airlines", "OCEANIC-LOYALTY", "USD", "5600", -13, -1, 11, "5000"));

    private final RetentionService retention;

    private final Clock clock;

    DemoContracts(RetentionService retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public void tell(DemoWorld world) {
        LocalDate today = LocalDate.now(clock);
        for (Spec spec : SPECS) {
            CurrentTenant.runAs(TenantScope.agency(world.agencyOfClient(spec.client())), () -> {
                LocalDate renewal = today.plusMonths(spec.renewalMonths()).plusDays(spec.renewalDays());
                ContractDetails term = retention.create(new ContractDraft(world.client(spec.client()), spec.reference(),
                        today.plusMonths(spec.startMonths()), renewal, new BigDecimal(spec.value()), spec.currency()));
                if (spec.nextRenewalMonths() != null) {
                    retention.renew(term.id(), new RenewalDraft(today.plusMonths(spec.nextRenewalMonths()),
                            new BigDecimal(spec.nextValue())));
                }
                if (spec.churn() != null) {
                    retention.churn(term.id(), new ChurnDraft(renewal, spec.churn(), spec.reason()));
                }
            });
        }
    }

}
