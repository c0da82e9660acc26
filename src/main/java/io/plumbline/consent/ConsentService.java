package io.plumbline.consent;

import com.networknt.schema.Schema;
import io.plumbline.consent.ConsentEvent.AssessmentChanged;
import io.plumbline.consent.ConsentEvent.ContractChanged;
import io.plumbline.consent.ConsentEvent.ContractReset;
import io.plumbline.consent.ConsentEvent.PolicyChanged;
import io.plumbline.consent.internal.ConsentSettingsStore;
import io.plumbline.consent.internal.ConsentStore;
import io.plumbline.consent.internal.ConsentTally;
import io.plumbline.consent.internal.ContractSchemas;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent coverage: policies, ingestion of record-level and aggregate consent
 * observations, payload contracts and sample checks, vendor assessments, and the figures
 * per client, integration, source and day (docs/consent.md). Agency staff see every
 * client, client users only their own client's coverage; owners, admins and analysts
 * change settings; API keys (no role) only push observations for the integrations they
 * may see.
 */
@Service
public class ConsentService {

    private final ConsentStore store;

    private final ConsentSettingsStore settings;

    private final ClientService clients;

    private final IntegrationService integrations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ConsentService(ConsentStore store, ConsentSettingsStore settings, ClientService clients,
            IntegrationService integrations, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clients = clients;
        this.integrations = integrations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Owners, admins and analysts set policies, contracts and assessments; executives and
     * client users read.
     */

    // --- policy
    // -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public ConsentPolicy policy(ClientId client) {
        TenantScope scope = requireReader();
        requireClient(scope, client);
        return policyOf(scope, client);
    }

    @Transactional
    public ConsentPolicy changePolicy(ClientId client, Set<ConsentField> required, double targetPercent,
            int maxAgeDays) {
        TenantScope scope = Access.requireAgencyWorkEditor("consent settings");
        ClientDetails details = requireClient(scope, client);
        if (required == null || required.isEmpty()) {
            throw new InvalidInputException("required", "Choose at least one field every record must carry.");
        }
        if (!(targetPercent > 0 && targetPercent <= 100)) {
            throw new InvalidInputException("target", "Enter a coverage target above 0 and up to 100 %, e.g. 98.");
        }
        if (maxAgeDays < 1 || maxAgeDays > 3650) {
            throw new InvalidInputException("maxAge", "Enter a maximum consent age of 1 to 3,650 days.");
        }
        ConsentPolicy policy = new ConsentPolicy(client, required, targetPercent, maxAgeDays, false);
        settings.savePolicy(scope.agency(), policy, clock.instant());
        events.publishEvent(new PolicyChanged(scope.agency(), client, details.name()));
        return policy;
    }

    // --- ingestion (API keys and back-fill: no role, only integrations the caller may
    // see) -----------------------

    /**
     * Adds the records to the daily counts; one batch per integration for the "no tags"
     * alert.
     */
    @Transactional
    public int recordRecords(List<ConsentRecord> records) {
        TenantScope scope = CurrentTenant.require();
        Ingest ingest = new Ingest(scope, records.stream().map(ConsentRecord::integration).toList());
        for (ConsentRecord record : records) {
            IntegrationDetails integration = ingest.integration(record.integration());
            ConsentCounts counts = ConsentTally.of(record, ingest.policy(integration));
            ingest.count(integration, record.observedAt(), record.source(), counts);
        }
        ingest.write();
        return records.size();
    }

    /** Adds each sync job's counts; every aggregate is one batch. */
    @Transactional
    public int recordAggregates(List<ConsentAggregate> aggregates) {
        TenantScope scope = CurrentTenant.require();
        Ingest ingest = new Ingest(scope, aggregates.stream().map(ConsentAggregate::integration).toList());
        for (ConsentAggregate aggregate : aggregates) {
            IntegrationDetails integration = ingest.integration(aggregate.integration());
            ConsentCounts counts = ConsentTally.of(aggregate, ingest.policy(integration));
            String source = aggregate.source() == null ? ConsentAggregate.NOT_BROKEN_DOWN : aggregate.source().strip();
            ingest.count(integration, aggregate.observedAt(), source, counts);
            ingest.closeBatch(integration);
        }
        ingest.write();
        return aggregates.size();
    }

    /**
     * Checks each payload against its integration's contract; counts samples, invalid
     * ones and violations per field.
     */
    @Transactional
    public long checkSamples(List<ConsentSample> samples) {
        TenantScope scope = CurrentTenant.require();
        Ingest ingest = new Ingest(scope, samples.stream().map(ConsentSample::integration).toList());
        Map<IntegrationId, Schema> schemas = new HashMap<>();
        record Key(IntegrationId integration, LocalDate day) {
        }
        Map<Key, long[]> totals = new LinkedHashMap<>();
        Map<Key, Map<String, Long>> violations = new HashMap<>();
        long invalid = 0;
        for (ConsentSample sample : samples) {
            IntegrationDetails integration = ingest.integration(sample.integration());
            Schema schema = schemas.computeIfAbsent(integration.id(),
                    id -> ContractSchemas.compile(contractOf(scope, integration).jsonSchema()));
            Set<String> fields = ContractSchemas.violations(schema, sample.payload());
            Key key = new Key(integration.id(), ingest.day(integration, sample.observedAt()));
            long[] total = totals.computeIfAbsent(key, k -> new long[2]);
            total[0]++;
            if (!fields.isEmpty()) {
                total[1]++;
                invalid++;
                fields.forEach(
                        field -> violations.computeIfAbsent(key, k -> new TreeMap<>()).merge(field, 1L, Long::sum));
            }
        }
        totals.forEach((key, total) -> store.addSamples(scope.agency(),
                ingest.integration(key.integration()).client().value(), key.integration().value(), key.day(), total[0],
                total[1], violations.getOrDefault(key, Map.of())));
        return invalid;
    }

    // --- figures
    // ----------------------------------------------------------------------------------------------

    /**
     * Every visible client's coverage over the days (inclusive), worst first: furthest
     * below target, no data last.
     */
    @Transactional(readOnly = true)
    public List<ClientCoverage> overview(LocalDate from, LocalDate to) {
        TenantScope scope = requireReader();
        Map<UUID, List<ConsentStore.Daily>> byClient = store.daily(scope.agency(), scope.client(), from, to)
            .stream()
            .collect(Collectors.groupingBy(ConsentStore.Daily::client));
        Map<ClientId, ConsentPolicy> policies = settings.policies(scope.agency());
        return clients.list(false)
            .stream()
            .map(client -> coverage(client, policies.getOrDefault(client.id(), ConsentPolicy.standard(client.id())),
                    byClient.getOrDefault(client.id().value(), List.of()), from, to))
            .sorted(Comparator.comparingDouble(ClientCoverage::gap).reversed())
            .toList();
    }

    /**
     * Every visible client's coverage over its own last {@code days} days, up to today in
     * the client's time zone (the zone its consent days are counted in), worst first like
     * {@link #overview}.
     */
    @Transactional(readOnly = true)
    public List<ClientCoverage> overviewOfLastDays(int days) {
        return overviewUpToOwnDay(today -> today.minusDays(days - 1), today -> today);
    }

    /**
     * Every visible client's coverage from {@code from} up to its own today (a period
     * still running, as the dashboard's "This month"), worst first like
     * {@link #overview}.
     */
    @Transactional(readOnly = true)
    public List<ClientCoverage> overviewSince(LocalDate from) {
        return overviewUpToOwnDay(today -> from, today -> today);
    }

    /**
     * Every visible client's coverage over the finished days of [from, to]: a client's
     * last day is {@code to} or its own yesterday, whichever is earlier (a client west of
     * UTC has not finished the UTC yesterday yet), worst first like {@link #overview}.
     */
    @Transactional(readOnly = true)
    public List<ClientCoverage> overviewOfFinishedDays(LocalDate from, LocalDate to) {
        return overviewUpToOwnDay(today -> from, today -> today.minusDays(1).isBefore(to) ? today.minusDays(1) : to);
    }

    /**
     * Each visible client's coverage over days that depend on its own today (in its time
     * zone), read in one query for all of them; a first day after the last is cut to the
     * last.
     */
    private List<ClientCoverage> overviewUpToOwnDay(UnaryOperator<LocalDate> firstDay,
            UnaryOperator<LocalDate> lastDay) {
        TenantScope scope = requireReader();
        Instant now = clock.instant();
        List<ClientDetails> visible = clients.list(false);
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<ClientId, LocalDate> last = new HashMap<>();
        Map<ClientId, LocalDate> first = new HashMap<>();
        for (ClientDetails client : visible) {
            LocalDate today = LocalDate.ofInstant(now, client.timeZone());
            LocalDate to = lastDay.apply(today);
            LocalDate from = firstDay.apply(today);
            last.put(client.id(), to);
            first.put(client.id(), from.isAfter(to) ? to : from);
        }
        LocalDate latest = Collections.max(last.values());
        LocalDate earliest = Collections.min(first.values());
        Map<UUID, List<ConsentStore.Daily>> byClient = store.daily(scope.agency(), scope.client(), earliest, latest)
            .stream()
            .collect(Collectors.groupingBy(ConsentStore.Daily::client));
        Map<ClientId, ConsentPolicy> policies = settings.policies(scope.agency());
        return visible.stream().map(client -> {
            LocalDate to = last.get(client.id());
            LocalDate from = first.get(client.id());
            List<ConsentStore.Daily> rows = byClient.getOrDefault(client.id().value(), List.of())
                .stream()
                .filter(row -> !row.day().isBefore(from) && !row.day().isAfter(to))
                .toList();
            return coverage(client, policies.getOrDefault(client.id(), ConsentPolicy.standard(client.id())), rows, from,
                    to);
        }).sorted(Comparator.comparingDouble(ClientCoverage::gap).reversed()).toList();
    }

    /** Today in the client's time zone: the last day of its consent figures. */
    @Transactional(readOnly = true)
    public LocalDate today(ClientId client) {
        return LocalDate.ofInstant(clock.instant(), requireClient(requireReader(), client).timeZone());
    }

    /**
     * One client's coverage over the days (inclusive), with its daily trend: what reports
     * and dashboards show.
     */
    @Transactional(readOnly = true)
    public ClientCoverage clientCoverage(ClientId client, LocalDate from, LocalDate to) {
        TenantScope scope = requireReader();
        ClientDetails details = requireClient(scope, client);
        return coverage(details, policyOf(scope, client), store.daily(scope.agency(), client, from, to), from, to);
    }

    /**
     * Per integration of the client (integrations without records included, with no
     * counts).
     */
    @Transactional(readOnly = true)
    public List<CoverageOf<IntegrationDetails>> integrationCoverage(ClientId client, LocalDate from, LocalDate to) {
        TenantScope scope = requireReader();
        requireClient(scope, client);
        Map<UUID, ConsentCounts> byIntegration = sum(store.daily(scope.agency(), client, from, to),
                ConsentStore.Daily::integration);
        return integrations.listForClient(client)
            .stream()
            .filter(i -> !i.archived())
            .map(i -> new CoverageOf<>(i, byIntegration.getOrDefault(i.id().value(), ConsentCounts.NONE)))
            .toList();
    }

    /**
     * Day by day, oldest first, for the client or one of its integrations; days without
     * records have no counts.
     */
    @Transactional(readOnly = true)
    public List<CoverageOf<LocalDate>> dailyTrend(ClientId client, Optional<IntegrationId> integration, LocalDate from,
            LocalDate to) {
        TenantScope scope = requireReader();
        requireClient(scope, client);
        return trend(store.daily(scope.agency(), client, from, to)
            .stream()
            .filter(d -> integration.isEmpty() || d.integration().equals(integration.get().value()))
            .toList(), from, to);
    }

    /**
     * Which sources send records without their tags: per source identifier, most
     * incomplete records first.
     */
    @Transactional(readOnly = true)
    public List<CoverageOf<String>> sources(ClientId client, LocalDate from, LocalDate to) {
        TenantScope scope = requireReader();
        requireClient(scope, client);
        return sum(store.daily(scope.agency(), client, from, to), ConsentStore.Daily::source).entrySet()
            .stream()
            .map(e -> new CoverageOf<>(e.getKey(), e.getValue()))
            .sorted(Comparator.comparingLong((CoverageOf<String> c) -> c.counts().incomplete())
                .reversed()
                .thenComparing(CoverageOf::subject))
            .toList();
    }

    /**
     * Per integration, batches observed in (from, to] that carried none of the required
     * fields.
     */
    @Transactional(readOnly = true)
    public Map<IntegrationId, Long> untaggedBatches(Collection<IntegrationId> of, Instant from, Instant to) {
        TenantScope scope = requireReader();
        List<UUID> visible = integrations.findAll(of).keySet().stream().map(IntegrationId::value).toList();
        return store.untaggedBatches(scope.agency(), visible, from, to)
            .entrySet()
            .stream()
            .collect(Collectors.toMap(e -> new IntegrationId(e.getKey()), Map.Entry::getValue));
    }

    // --- contracts
    // --------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public PayloadContract contract(IntegrationId integration) {
        TenantScope scope = requireReader();
        return contractOf(scope, requireIntegration(integration));
    }

    @Transactional
    public PayloadContract changeContract(IntegrationId integration, String jsonSchema) {
        TenantScope scope = Access.requireAgencyWorkEditor("consent settings");
        IntegrationDetails details = requireIntegration(integration);
        ContractSchemas.problem(jsonSchema).ifPresent(problem -> {
            throw new InvalidInputException("schema", problem);
        });
        settings.saveContract(scope.agency(), details.client(), integration, jsonSchema.strip(), clock.instant());
        events.publishEvent(new ContractChanged(scope.agency(), details.client(), details.key()));
        return new PayloadContract(integration, jsonSchema.strip(), false);
    }

    /**
     * Back to the contract generated from the client's policy (and following it from now
     * on).
     */
    @Transactional
    public PayloadContract resetContract(IntegrationId integration) {
        TenantScope scope = Access.requireAgencyWorkEditor("consent settings");
        IntegrationDetails details = requireIntegration(integration);
        settings.deleteContract(scope.agency(), integration);
        events.publishEvent(new ContractReset(scope.agency(), details.client(), details.key()));
        return contractOf(scope, details);
    }

    @Transactional(readOnly = true)
    public List<ContractCheck> contractChecks(ClientId client, LocalDate from, LocalDate to) {
        TenantScope scope = requireReader();
        requireClient(scope, client);
        return store.contractChecks(scope.agency(), client, from, to);
    }

    // --- vendor assessments (agency staff only: internal due diligence)
    // ----------------------------------------

    /**
     * One per integration of the client; integrations never assessed read as unreviewed.
     */
    @Transactional(readOnly = true)
    public List<VendorAssessment> assessments(ClientId client) {
        TenantScope scope = Access.requireAgencyStaff();
        requireClient(scope, client);
        Map<IntegrationId, VendorAssessment> saved = settings.assessments(scope.agency(), client)
            .stream()
            .collect(Collectors.toMap(VendorAssessment::integration, a -> a));
        return integrations.listForClient(client)
            .stream()
            .filter(i -> !i.archived())
            .map(i -> saved.getOrDefault(i.id(), VendorAssessment.unreviewed(i.id())))
            .toList();
    }

    @Transactional
    public VendorAssessment changeAssessment(VendorAssessment assessment) {
        TenantScope scope = Access.requireAgencyWorkEditor("consent settings");
        IntegrationDetails details = requireIntegration(assessment.integration());
        if (assessment.dataRegion() != null && assessment.dataRegion().strip().length() > 60) {
            throw new InvalidInputException("dataRegion", "At most 60 characters, e.g. EU (Frankfurt).");
        }
        if (assessment.lastReviewed() != null && assessment.lastReviewed().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("lastReviewed", "A review cannot be in the future.");
        }
        VendorAssessment cleaned = new VendorAssessment(assessment.integration(), assessment.dpaSigned(),
                assessment.consentFieldsSupported(),
                assessment.dataRegion() == null || assessment.dataRegion().isBlank() ? null
                        : assessment.dataRegion().strip(),
                assessment.lastReviewed());
        settings.saveAssessment(scope.agency(), details.client(), cleaned, clock.instant());
        events.publishEvent(new AssessmentChanged(scope.agency(), details.client(), details.key()));
        return cleaned;
    }

    // --- internals
    // --------------------------------------------------------------------------------------------

    private ClientCoverage coverage(ClientDetails client, ConsentPolicy policy, List<ConsentStore.Daily> rows,
            LocalDate from, LocalDate to) {
        ConsentCounts total = rows.stream()
            .map(ConsentStore.Daily::counts)
            .reduce(ConsentCounts.NONE, ConsentCounts::plus);
        return new ClientCoverage(client, policy, total, trend(rows, from, to));
    }

    private static List<CoverageOf<LocalDate>> trend(List<ConsentStore.Daily> rows, LocalDate from, LocalDate to) {
        Map<LocalDate, ConsentCounts> byDay = sum(rows, ConsentStore.Daily::day);
        return from.datesUntil(to.plusDays(1))
            .map(day -> new CoverageOf<>(day, byDay.getOrDefault(day, ConsentCounts.NONE)))
            .toList();
    }

    private static <K> Map<K, ConsentCounts> sum(List<ConsentStore.Daily> rows, Function<ConsentStore.Daily, K> by) {
        return rows.stream()
            .collect(Collectors.toMap(by, ConsentStore.Daily::counts, ConsentCounts::plus, LinkedHashMap::new));
    }

    private PayloadContract contractOf(TenantScope scope, IntegrationDetails integration) {
        return settings.contract(scope.agency(), integration.id())
            .map(schema -> new PayloadContract(integration.id(), schema, false))
            .orElseGet(() -> new PayloadContract(integration.id(),
                    ContractSchemas.generate(policyOf(scope, integration.client())), true));
    }

    private ConsentPolicy policyOf(TenantScope scope, ClientId client) {
        return settings.policies(scope.agency()).getOrDefault(client, ConsentPolicy.standard(client));
    }

    private ClientDetails requireClient(TenantScope scope, ClientId client) {
        return Optional.ofNullable(client)
            .flatMap(clients::find)
            .filter(c -> !scope.isClientScope() || c.id().equals(scope.client()))
            .orElseThrow(() -> new NotFoundException("No such client"));
    }

    private IntegrationDetails requireIntegration(IntegrationId integration) {
        return Optional.ofNullable(integration)
            .flatMap(integrations::find)
            .orElseThrow(() -> new NotFoundException("No such integration"));
    }

    private static TenantScope requireReader() {
        return Access.require(Role.values());
    }

    /**
     * One ingestion: the integrations it names (all must be visible), their policies and
     * zones, counts to add.
     */
    private final class Ingest {

        private record Key(IntegrationDetails integration, LocalDate day, String source) {
        }

        private final TenantScope scope;

        private final Map<IntegrationId, IntegrationDetails> integrationsById;

        private final Map<ClientId, ConsentPolicy> policies;

        private final Map<ClientId, ZoneId> zones = new HashMap<>();

        private final Map<Key, ConsentCounts> daily = new LinkedHashMap<>();

        private final Map<IntegrationId, ConsentCounts> openBatches = new LinkedHashMap<>();

        private final Map<IntegrationId, Instant> lastObserved = new HashMap<>();

        private final List<Runnable> batches = new ArrayList<>();

        Ingest(TenantScope scope, List<IntegrationId> named) {
            this.scope = scope;
            this.integrationsById = integrations.findAll(Set.copyOf(named));
            this.policies = settings.policies(scope.agency());
        }

        IntegrationDetails integration(IntegrationId id) {
            IntegrationDetails integration = integrationsById.get(id);
            if (integration == null || integration.archived()) {
                throw new InvalidInputException("integration", "Unknown integration");
            }
            return integration;
        }

        ConsentPolicy policy(IntegrationDetails integration) {
            return policies.getOrDefault(integration.client(), ConsentPolicy.standard(integration.client()));
        }

        LocalDate day(IntegrationDetails integration, Instant at) {
            ZoneId zone = zones.computeIfAbsent(integration.client(),
                    client -> clients.find(client)
                        .map(ClientDetails::timeZone)
                        .orElseThrow(() -> new NotFoundException("No such client")));
            return LocalDate.ofInstant(at, zone);
        }

        void count(IntegrationDetails integration, Instant observedAt, String source, ConsentCounts counts) {
            daily.merge(new Key(integration, day(integration, observedAt), source), counts, ConsentCounts::plus);
            openBatches.merge(integration.id(), counts, ConsentCounts::plus);
            lastObserved.merge(integration.id(), observedAt, (a, b) -> a.isAfter(b) ? a : b);
        }

        void closeBatch(IntegrationDetails integration) {
            ConsentCounts batch = openBatches.remove(integration.id());
            Instant at = lastObserved.remove(integration.id());
            batches.add(() -> store.addBatch(scope.agency(), integration.client().value(), integration.id().value(), at,
                    batch.records(), batch.untagged()));
        }

        void write() {
            List.copyOf(openBatches.keySet()).forEach(id -> closeBatch(integrationsById.get(id)));
            daily.forEach((key, counts) -> store.add(scope.agency(),
                    new ConsentStore.Daily(key.integration().client().value(), key.integration().id().value(),
                            key.day(), key.source(), counts)));
            batches.forEach(Runnable::run);
        }

    }

}
