package io.plumbline.survey;

import io.plumbline.shared.NotFoundException;
import io.plumbline.survey.internal.SurveyResponseRepository;
import io.plumbline.survey.internal.SurveyResponseRow;
import io.plumbline.survey.internal.SurveySettingsRepository;
import io.plumbline.survey.internal.SurveySettingsRow;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NPS, CSAT, response counts and comments per client, audience and period (formulas in
 * {@link Satisfaction}). Agency staff read every client and both audiences; a client user
 * reads only their own client's CLIENT responses, and only when the agency shares the
 * trend with clients.
 */
@Service
public class SatisfactionService {

    private final SurveyResponseRepository responses;

    private final SurveySettingsRepository settings;

    private final ClientService clients;

    private final Clock clock;

    SatisfactionService(SurveyResponseRepository responses, SurveySettingsRepository settings, ClientService clients,
            Clock clock) {
        this.responses = responses;
        this.settings = settings;
        this.clients = clients;
        this.clock = clock;
    }

    /** The period that contains now. */
    public SurveyPeriod currentPeriod(PeriodKind kind) {
        return SurveyPeriod.containing(kind, clock.instant());
    }

    /**
     * Every client with responses in the period (agency staff only), by client name order
     * of the ids given back.
     */
    @Transactional(readOnly = true)
    public List<Satisfaction> byClient(SurveyPeriod period, Audience audience) {
        TenantScope scope = Access.requireAgencyStaff();
        Map<ClientId, List<SurveyResponse>> byClient = responses
            .findInWindow(scope.agency().value(), Set.of(audience), period.from(), period.until())
            .stream()
            .map(SurveyResponseRow::details)
            .collect(Collectors.groupingBy(SurveyResponse::client, LinkedHashMap::new, Collectors.toList()));
        return byClient.entrySet()
            .stream()
            .map(e -> Satisfaction.of(e.getKey(), audience, period, e.getValue()))
            .toList();
    }

    /**
     * Every client with responses in [from, until) (agency staff only), keyed by client:
     * one query for windows that are not a calendar month or quarter (insight's rolling
     * periods). {@code period} of each figure is null.
     */
    @Transactional(readOnly = true)
    public Map<ClientId, Satisfaction> byClientBetween(Instant from, Instant until, Audience audience) {
        TenantScope scope = Access.requireAgencyStaff();
        return responses.findInWindow(scope.agency().value(), Set.of(audience), from, until)
            .stream()
            .map(SurveyResponseRow::details)
            .collect(Collectors.groupingBy(SurveyResponse::client, LinkedHashMap::new, Collectors.toList()))
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> Satisfaction.of(e.getKey(), audience, null, e.getValue()),
                    (a, b) -> a, LinkedHashMap::new));
    }

    /** One client's figures for one period; n is in the record. */
    @Transactional(readOnly = true)
    public Satisfaction forClient(ClientId client, Audience audience, SurveyPeriod period) {
        TenantScope scope = requireReader(client, audience);
        return Satisfaction.of(client, audience, period, load(scope, client, audience, period.from(), period));
    }

    /**
     * The last {@code periods} periods up to the current one, oldest first; empty periods
     * included (n = 0).
     */
    @Transactional(readOnly = true)
    public List<Satisfaction> trend(ClientId client, Audience audience, PeriodKind kind, int periods) {
        TenantScope scope = requireReader(client, audience);
        List<SurveyPeriod> range = range(kind, periods);
        List<SurveyResponse> all = load(scope, client, audience, range.getFirst().from(), range.getLast());
        return range.stream()
            .map(period -> Satisfaction.of(client, audience, period,
                    all.stream().filter(r -> period.contains(r.submittedAt())).toList()))
            .toList();
    }

    /** All clients together per period (agency staff only), oldest first. */
    @Transactional(readOnly = true)
    public List<Satisfaction> portfolioTrend(Audience audience, PeriodKind kind, int periods) {
        TenantScope scope = Access.requireAgencyStaff();
        List<SurveyPeriod> range = range(kind, periods);
        List<SurveyResponse> all = responses
            .findInWindow(scope.agency().value(), Set.of(audience), range.getFirst().from(), range.getLast().until())
            .stream()
            .map(SurveyResponseRow::details)
            .toList();
        return range.stream()
            .map(period -> Satisfaction.of(null, audience, period,
                    all.stream().filter(r -> period.contains(r.submittedAt())).toList()))
            .toList();
    }

    /**
     * Responses with a comment, newest first (agency staff only); client and audience
     * optional.
     */
    @Transactional(readOnly = true)
    public List<SurveyResponse> comments(ClientId client, Audience audience, SurveyPeriod from, SurveyPeriod to) {
        TenantScope scope = Access.requireAgencyStaff();
        Collection<Audience> audiences = audience == null ? EnumSet.allOf(Audience.class) : Set.of(audience);
        UUID agency = scope.agency().value();
        List<SurveyResponseRow> rows = client == null
                ? responses.findInWindow(agency, audiences, from.from(), to.until())
                : responses.findInWindow(agency, client.value(), audiences, from.from(), to.until());
        return rows.stream()
            .map(SurveyResponseRow::details)
            .filter(SurveyResponse::hasComment)
            .sorted(Comparator.comparing(SurveyResponse::submittedAt).reversed())
            .toList();
    }

    /**
     * Whether the signed-in client user may see their own trend (always true for agency
     * staff).
     */
    @Transactional(readOnly = true)
    public boolean trendVisibleToClient() {
        TenantScope scope = Access.require(Role.values());
        return settings.findById(scope.agency().value())
            .map(SurveySettingsRow::details)
            .orElse(SurveySettings.DEFAULTS)
            .clientsSeeTrend();
    }

    private List<SurveyResponse> load(TenantScope scope, ClientId client, Audience audience, Instant from,
            SurveyPeriod last) {
        return responses.findInWindow(scope.agency().value(), client.value(), Set.of(audience), from, last.until())
            .stream()
            .map(SurveyResponseRow::details)
            .toList();
    }

    private List<SurveyPeriod> range(PeriodKind kind, int periods) {
        if (periods < 1 || periods > 60) {
            throw new IllegalArgumentException("between 1 and 60 periods");
        }
        List<SurveyPeriod> range = new ArrayList<>();
        SurveyPeriod period = currentPeriod(kind);
        for (int i = 0; i < periods; i++) {
            range.addFirst(period);
            period = period.previous();
        }
        return range;
    }

    private TenantScope requireReader(ClientId client, Audience audience) {
        TenantScope scope = Access.require(Role.values());
        if (!scope.isClientScope()) {
            Access.requireAgencyStaff();
            clients.find(client).orElseThrow(() -> new NotFoundException("No such client"));
            return scope;
        }
        if (!scope.client().equals(client)) {
            throw new NotFoundException("No such client");
        }
        if (audience != Audience.CLIENT) {
            throw new AccessDeniedException("Client users see only their own client survey");
        }
        if (!trendVisibleToClient()) {
            throw new AccessDeniedException("Your agency does not share the satisfaction trend");
        }
        return scope;
    }

}
