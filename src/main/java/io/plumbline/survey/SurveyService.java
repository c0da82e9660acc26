package io.plumbline.survey;

import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.Secrets;
import io.plumbline.survey.internal.PulseDecisionRow.Outcome;
import io.plumbline.survey.SurveyEvent.SurveySettingsChanged;
import io.plumbline.survey.internal.PulseDecisionRepository;
import io.plumbline.survey.internal.PulseDecisionRow;
import io.plumbline.survey.internal.ResponseStore;
import io.plumbline.survey.internal.SurveyResponseRepository;
import io.plumbline.survey.internal.SurveySettingsRepository;
import io.plumbline.survey.internal.SurveySettingsRow;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in surveys and the agency's survey settings. The portal pulse survey (NPS,
 * CSAT, comment) is offered to each client user at most once per period; answering or
 * dismissing it both count for the period. In the staff survey, people who run the
 * clients' campaigns rate the data quality they see per client (1–5), once per month.
 */
@Service
public class SurveyService {

    private final SurveySettingsRepository settings;

    private final PulseDecisionRepository decisions;

    private final SurveyResponseRepository responses;

    private final ResponseStore store;

    private final ClientService clients;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SurveyService(SurveySettingsRepository settings, PulseDecisionRepository decisions,
            SurveyResponseRepository responses, ResponseStore store, ClientService clients,
            ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.decisions = decisions;
        this.responses = responses;
        this.store = store;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SurveySettings settings() {
        TenantScope scope = Access.require(Role.values());
        return settings.findById(scope.agency().value())
            .map(SurveySettingsRow::details)
            .orElse(SurveySettings.DEFAULTS);
    }

    @Transactional
    public SurveySettings updateSettings(SurveySettings changed) {
        TenantScope scope = Access.requireAgencyManager();
        if (changed.pulsePeriod() == null) {
            throw new InvalidInputException("pulsePeriod", "Choose how often the pulse survey is offered.");
        }
        settings.findById(scope.agency().value())
            .ifPresentOrElse(row -> row.apply(changed),
                    () -> settings.save(new SurveySettingsRow(scope.agency().value(), changed)));
        events.publishEvent(new SurveySettingsChanged(scope.agency(), changed));
        return changed;
    }

    /**
     * The period the pulse survey is due for the signed-in client user; empty once
     * answered or dismissed.
     */
    @Transactional(readOnly = true)
    public Optional<SurveyPeriod> pulseDue() {
        TenantMember member = requireClientUser();
        SurveyPeriod period = SurveyPeriod.containing(settings().pulsePeriod(), clock.instant());
        return decisions.existsById(key(member, period)) ? Optional.empty() : Optional.of(period);
    }

    @Transactional
    public void answerPulse(Integer nps, Integer csat, String comment) {
        TenantMember member = requireClientUser();
        if (nps == null && csat == null) {
            throw new InvalidInputException("nps", "Choose a score from 0 to 10, or rate our service from 1 to 5.");
        }
        requireRange("nps", nps, 0, 10);
        requireRange("csat", csat, 1, 5);
        requireComment(comment);
        SurveyPeriod period = decide(member, Outcome.ANSWERED);
        store.store(member.scope().agency(),
                List.of(new NewResponse(ResponseSource.PORTAL, member.userId() + ":" + period.key(),
                        member.scope().client(), Audience.CLIENT, clock.instant(), nps, csat, comment,
                        respondentHash(member))),
                null);
    }

    @Transactional
    public void dismissPulse() {
        decide(requireClientUser(), Outcome.DISMISSED);
    }

    /**
     * The signed-in staff member rates the data quality of one client (1–5) for the
     * current month: people who run its campaigns (they may change agency work), not
     * executives.
     */
    @Transactional
    public void rateDataQuality(ClientId client, Integer rating, String comment) {
        TenantScope scope = Access.requireAgencyWorkEditor("data-quality ratings");
        TenantMember member = CurrentTenant.member()
            .orElseThrow(() -> new AccessDeniedException("The staff survey is answered by people"));
        ClientDetails rated = client == null ? null
                : clients.find(client).orElseThrow(() -> new NotFoundException("No such client"));
        if (rated == null) {
            throw new InvalidInputException("client", "Choose the client you rate.");
        }
        if (rating == null) {
            throw new InvalidInputException("rating", "Rate the data quality from 1 to 5.");
        }
        requireRange("rating", rating, 1, 5);
        requireComment(comment);
        String id = staffRatingId(member, client, SurveyPeriod.containing(PeriodKind.MONTH, clock.instant()));
        if (responses.existsByAgencyIdAndSourceAndExternalId(scope.agency().value(), ResponseSource.STAFF, id)) {
            throw new InvalidInputException("client",
                    "You rated %s already this month.".formatted(rated.displayName()));
        }
        store.store(scope.agency(), List.of(new NewResponse(ResponseSource.STAFF, id, client, Audience.INTERNAL,
                clock.instant(), null, rating, comment, respondentHash(member))), null);
    }

    /** The clients the signed-in staff member has rated this month. */
    @Transactional(readOnly = true)
    public List<ClientId> ratedThisMonth() {
        TenantScope scope = Access.requireAgencyWorkEditor("data-quality ratings");
        TenantMember member = CurrentTenant.member().orElseThrow();
        SurveyPeriod month = SurveyPeriod.containing(PeriodKind.MONTH, clock.instant());
        return clients.list(false)
            .stream()
            .map(ClientDetails::id)
            .filter(client -> responses.existsByAgencyIdAndSourceAndExternalId(scope.agency().value(),
                    ResponseSource.STAFF, staffRatingId(member, client, month)))
            .toList();
    }

    private SurveyPeriod decide(TenantMember member, Outcome outcome) {
        SurveyPeriod period = SurveyPeriod.containing(settings().pulsePeriod(), clock.instant());
        PulseDecisionRow.Key key = key(member, period);
        if (decisions.existsById(key)) {
            throw new InvalidInputException("nps", "You have already answered or dismissed this %s survey."
                .formatted(period.kind() == PeriodKind.MONTH ? "month's" : "quarter's"));
        }
        decisions.save(new PulseDecisionRow(key, member.scope().client().value(), outcome, clock.instant()));
        return period;
    }

    private static TenantMember requireClientUser() {
        Access.require(Role.CLIENT_ADMIN, Role.CLIENT_VIEWER);
        return CurrentTenant.member()
            .filter(m -> m.scope().isClientScope())
            .orElseThrow(() -> new AccessDeniedException("The pulse survey is for client users"));
    }

    private static PulseDecisionRow.Key key(TenantMember member, SurveyPeriod period) {
        return new PulseDecisionRow.Key(member.scope().agency().value(), member.userId().value(), period.key());
    }

    private static String staffRatingId(TenantMember member, ClientId client, SurveyPeriod month) {
        return member.userId() + ":" + client + ":" + month.key();
    }

    /**
     * Who answered stays private: a salted hash lets repeated answers be recognised,
     * nothing more.
     */
    private static String respondentHash(TenantMember member) {
        return Secrets.sha256(member.scope().agency() + ":user:" + member.userId());
    }

    static void requireRange(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field, "Choose a value from %d to %d.".formatted(min, max));
        }
    }

    static void requireComment(String comment) {
        if (comment != null && comment.strip().length() > NewResponse.MAX_COMMENT) {
            throw new InvalidInputException("comment",
                    "A comment may have at most %d characters.".formatted(NewResponse.MAX_COMMENT));
        }
    }

}
