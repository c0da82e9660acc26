package io.plumbline.demo.internal;

import io.plumbline.consent.ConsentAggregate;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentSample;
import io.plumbline.consent.ConsentService;
import io.plumbline.consent.VendorAssessment;
import io.plumbline.integration.Category;
import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Consent coverage for the Northwind clients: 45 days of sync-job counts per integration
 * and source (records flowing into CRMs, e-mail and ad platforms; analytics carries no
 * records), 97–99.5 % coverage, policies, vendor assessments and sample payloads. The
 * story: after a checkout release, Acme Retail's "shopify-checkout" source stopped
 * sending the opt-in flag to Klaviyo for four days ({@link #OPT_IN_OUTAGE}); coverage of
 * acme-klaviyo fell to about 60 % until the fix, then recovered. Seeded, so every fresh
 * demo looks the same.
 */
@Component
class DemoConsent implements DemoStory {

    /**
     * The demo's consent incident: which integration and source, when it started and how
     * long it lasted.
     */
    record Outage(String integrationKey, String source, Duration startsAgo, Duration lasts, String description) {

        Instant start(Instant now) {
            return now.minus(startsAgo);
        }

        Instant end(Instant now) {
            return start(now).plus(lasts);
        }
    }

    static final Outage OPT_IN_OUTAGE = new Outage("acme-klaviyo", "shopify-checkout", Duration.ofDays(17).plusHours(6),
            Duration.ofDays(4).minusHours(3),
            "Shopify checkout release 2026.11 renamed accepts_marketing; the sync to Klaviyo sent records from the "
                    + "'shopify-checkout' source without the opt-in flag until the field mapping was fixed.");

    private static final Duration HISTORY = Duration.ofDays(45);

    private static final Duration SLOT = Duration.ofHours(6);

    private static final Map<Category, List<String>> SOURCES = Map.of(Category.CRM,
            List.of("web-signup-form", "event-badge-scan", "sales-import"), Category.EMAIL,
            List.of("shopify-checkout", "newsletter-form", "preference-center"), Category.CDP,
            List.of("web-sdk", "mobile-sdk"), Category.ADS, List.of("consent-banner", "lead-gen-form"),
            Category.ATTRIBUTION, List.of("mobile-sdk"), Category.OTHER, List.of("storefront-account", "checkout"));

    private final ConsentService consent;

    private final Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    DemoConsent(ConsentService consent, Clock clock) {
        this.consent = consent;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void tell(DemoWorld world) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        SplittableRandom random = new SplittableRandom(80);
        TenantScope northwind = world.agency(DemoTenants.NORTHWIND);
        CurrentTenant.runAs(northwind, () -> {
            consent.changePolicy(world.client(DemoTenants.GLOBEX), EnumSet.of(ConsentField.CONSENT_TIMESTAMP,
                    ConsentField.SOURCE_ID, ConsentField.OPT_IN, ConsentField.LAWFUL_BASIS, ConsentField.PURPOSE), 99.0,
                    365);
            consent.changePolicy(world.client("Umbrella Finance"), EnumSet.of(ConsentField.CONSENT_TIMESTAMP,
                    ConsentField.SOURCE_ID, ConsentField.OPT_IN, ConsentField.LAWFUL_BASIS), 99.0, 730);
            consent.changePolicy(world.client(DemoTenants.ACME), ConsentField.DEFAULT_REQUIRED, 98.0, 730);
        });
        for (DemoIntegrations.Spec spec : DemoIntegrations.SPECS) {
            if (!world.agencyOfClient(spec.client()).equals(northwind.agency())
                    || spec.category() == Category.ANALYTICS) {
                continue;
            }
            IntegrationId integration = world.integration(spec.key());
            CurrentTenant.runAs(northwind, () -> {
                consent.recordAggregates(aggregates(spec, integration, now, random));
                consent.checkSamples(samples(spec, integration, now, random));
                consent.changeAssessment(assessment(spec, integration, LocalDate.ofInstant(now, ZoneOffset.UTC)));
            });
        }
    }

    /**
     * Per source and 6-hour slot: records, and how many carried each field; most records
     * carry everything.
     */
    private static List<ConsentAggregate> aggregates(DemoIntegrations.Spec spec, IntegrationId integration, Instant now,
            SplittableRandom random) {
        double missingTimestamp = 0.002 + random.nextDouble() * 0.006;
        double missingOptIn = 0.002 + random.nextDouble() * 0.008;
        int volume = 120 + random.nextInt(400);
        List<ConsentAggregate> aggregates = new ArrayList<>();
        for (Instant slot = now.minus(HISTORY); slot.isBefore(now); slot = slot.plus(SLOT)) {
            for (String source : SOURCES.get(spec.category())) {
                boolean outage = OPT_IN_OUTAGE.integrationKey().equals(spec.key())
                        && OPT_IN_OUTAGE.source().equals(source) && !slot.isBefore(OPT_IN_OUTAGE.start(now))
                        && slot.isBefore(OPT_IN_OUTAGE.end(now));
                long records = Math.max(1, Math.round(volume * (0.6 + random.nextDouble() * 0.8)));
                aggregates.add(aggregate(spec, integration, slot.plus(SLOT).minusSeconds(1), source, records,
                        missingTimestamp, outage ? 1.0 : missingOptIn, random));
            }
            // A few records arrive without a source identifier at all.
            aggregates.add(aggregate(spec, integration, slot.plus(SLOT).minusSeconds(1), null, 1 + random.nextInt(3),
                    missingTimestamp, missingOptIn, random));
        }
        return aggregates;
    }

    private static ConsentAggregate aggregate(DemoIntegrations.Spec spec, IntegrationId integration, Instant at,
            String source, long records, double missingTimestamp, double missingOptIn, SplittableRandom random) {
        long withTimestamp = records - binomial(records, missingTimestamp, random);
        long withOptIn = records - binomial(records, missingOptIn, random);
        long withSource = source == null ? 0 : records;
        Map<ConsentField, Long> carrying = new EnumMap<>(ConsentField.class);
        carrying.put(ConsentField.CONSENT_TIMESTAMP, withTimestamp);
        carrying.put(ConsentField.SOURCE_ID, withSource);
        carrying.put(ConsentField.OPT_IN, withOptIn);
        carrying.put(ConsentField.LAWFUL_BASIS, records - binomial(records, 0.004, random));
        carrying.put(ConsentField.PURPOSE, records - binomial(records, 0.004, random));
        carrying.put(ConsentField.TCF_STRING,
                spec.category() == Category.ADS ? records - binomial(records, 0.08, random) : 0);
        long optInTrue = Math.round(withOptIn * (0.78 + random.nextDouble() * 0.1));
        long stale = binomial(withTimestamp, 0.01, random);
        // Complete is not reported: the service takes the lowest count these allow, as
        // for any sync job.
        return new ConsentAggregate(integration, at, source == null ? ConsentAggregate.NO_SOURCE : source, records,
                carrying, optInTrue, stale, null);
    }

    private static long binomial(long n, double p, SplittableRandom random) {
        long hits = 0;
        for (long i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                hits++;
            }
        }
        return hits;
    }

    /**
     * Ten sample payloads a day over the last two weeks; during the outage checkout
     * records lack optIn.
     */
    private List<ConsentSample> samples(DemoIntegrations.Spec spec, IntegrationId integration, Instant now,
            SplittableRandom random) {
        List<ConsentSample> samples = new ArrayList<>();
        for (Instant day = now.minus(Duration.ofDays(14)); day.isBefore(now); day = day.plus(Duration.ofDays(1))) {
            boolean outage = OPT_IN_OUTAGE.integrationKey().equals(spec.key())
                    && !day.isBefore(OPT_IN_OUTAGE.start(now)) && day.isBefore(OPT_IN_OUTAGE.end(now));
            for (int i = 0; i < 10; i++) {
                ObjectNode payload = json.createObjectNode();
                payload.put("id", "rec-" + Long.toHexString(random.nextLong()));
                if (random.nextDouble() > 0.01) {
                    payload.put("consentTimestamp", day.minus(Duration.ofDays(random.nextInt(300))).toString());
                }
                payload.put("sourceId", SOURCES.get(spec.category()).getFirst());
                if (!(outage && i < 4) && random.nextDouble() > 0.01) {
                    payload.put("optIn", random.nextDouble() < 0.85);
                }
                payload.put("lawfulBasis", "consent");
                payload.put("purpose", "marketing");
                samples.add(new ConsentSample(integration, day.plusSeconds(i * 60L), payload));
            }
        }
        return samples;
    }

    private static VendorAssessment assessment(DemoIntegrations.Spec spec, IntegrationId integration, LocalDate today) {
        String region = spec.baseUrl().contains(".eu") || spec.baseUrl().contains("fra-01") ? "EU (Frankfurt)"
                : spec.baseUrl().contains("mailchimp") ? "US (Atlanta)" : "US";
        return switch (spec.key()) {
            case "hooli-linkedin-ads" -> VendorAssessment.unreviewed(integration);
            case "wayfarer-meta-capi" ->
                new VendorAssessment(integration, true, false, "US / EU", today.minusDays(210));
            default ->
                new VendorAssessment(integration, true, true, region, today.minusDays(20 + spec.key().length() * 7L));
        };
    }

}
