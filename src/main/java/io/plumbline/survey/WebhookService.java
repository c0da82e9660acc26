package io.plumbline.survey;

import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.SecretCipher;
import io.plumbline.shared.Secrets;
import io.plumbline.survey.SurveyEvent.WebhookSecretIssued;
import io.plumbline.survey.internal.ResponseStore;
import io.plumbline.survey.internal.SurveyWebhookRepository;
import io.plumbline.survey.internal.SurveyWebhookRow;
import io.plumbline.survey.internal.WebhookDirectory;
import io.plumbline.survey.internal.WebhookPayloads;
import io.plumbline.survey.internal.WebhookSignatures;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Survey webhooks: each agency has its own endpoint per kind (Typeform, generic JSON)
 * with its own secret, stored encrypted. A delivery is stored only when its HMAC-SHA256
 * signature verifies with that agency's secret; a bad or missing signature, or an unknown
 * endpoint, stores nothing.
 */
@Service
public class WebhookService {

    private final SurveyWebhookRepository webhooks;

    private final WebhookDirectory directory;

    private final WebhookPayloads payloads;

    private final ResponseStore store;

    private final ClientService clients;

    private final SecretCipher cipher;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    WebhookService(SurveyWebhookRepository webhooks, WebhookDirectory directory, WebhookPayloads payloads,
            ResponseStore store, ClientService clients, SecretCipher cipher,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock) {
        this.webhooks = webhooks;
        this.directory = directory;
        this.payloads = payloads;
        this.store = store;
        this.clients = clients;
        this.cipher = cipher;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WebhookEndpoint> endpoints() {
        TenantScope scope = Access.requireAgencyManager();
        return webhooks.findByAgencyIdOrderByKindAsc(scope.agency().value())
            .stream()
            .map(SurveyWebhookRow::details)
            .toList();
    }

    /**
     * Creates the endpoint, or gives it a new secret (the URL stays); the secret is shown
     * once.
     */
    @Transactional
    public IssuedWebhookSecret issueSecret(WebhookKind kind) {
        TenantScope scope = Access.requireAgencyManager();
        if (!cipher.available()) {
            throw new InvalidInputException("secret", "Webhook secrets are stored encrypted: set PLUMBLINE_SECRETS_KEY "
                    + "(docs/deploy.md) before creating a webhook.");
        }
        String secret = Secrets.urlToken();
        String sealed = cipher.encrypt(secret, associatedData(scope.agency(), kind));
        SurveyWebhookRow row = webhooks.findByAgencyIdAndKind(scope.agency().value(), kind).map(existing -> {
            existing.rotate(sealed, clock.instant());
            return existing;
        })
            .orElseGet(() -> webhooks
                .save(new SurveyWebhookRow(scope.agency().value(), kind, Secrets.urlToken(), sealed, clock.instant())));
        events.publishEvent(new WebhookSecretIssued(scope.agency(), kind));
        return new IssuedWebhookSecret(row.details(), secret);
    }

    /**
     * Which fields of the Typeform form hold the NPS, the CSAT and the comment (by ref or
     * title); {@link WebhookFields#AUTOMATIC} to recognise them. Applies to deliveries
     * from now on; a redelivery or a CSV import repairs responses stored before.
     */
    @Transactional
    public WebhookEndpoint chooseFields(WebhookKind kind, WebhookFields fields) {
        TenantScope scope = Access.requireAgencyManager();
        if (kind != WebhookKind.TYPEFORM) {
            throw new InvalidInputException("kind", "Only the Typeform webhook has fields to choose.");
        }
        for (String name : new String[] { fields.nps(), fields.csat(), fields.comment() }) {
            if (name != null && name.length() > 200) {
                throw new InvalidInputException("fields", "A field ref or title is at most 200 characters.");
            }
        }
        SurveyWebhookRow row = webhooks.findByAgencyIdAndKind(scope.agency().value(), kind)
            .orElseThrow(() -> new InvalidInputException("kind", "Create the Typeform webhook first."));
        row.choose(fields);
        return row.details();
    }

    /**
     * One delivery, before any tenant is known: the token names the agency, the signature
     * proves the sender knows that agency's secret, then the responses are stored in that
     * agency's scope (all or none).
     * @throws WebhookRejectedException unknown endpoint or bad/missing signature; nothing
     * stored
     * @throws InvalidInputException a signed body that is not a valid delivery; nothing
     * stored
     */
    public WebhookOutcome receive(WebhookKind kind, String token, byte[] body, String signature) {
        AgencyId agency = directory.agencyOf(kind, token)
            .orElseThrow(() -> new WebhookRejectedException("The signature could not be verified."));
        return CurrentTenant.callAs(TenantScope.agency(agency), () -> transactions.execute(status -> {
            SurveyWebhookRow row = webhooks.findByAgencyIdAndKindAndEndpointToken(agency.value(), kind, token)
                .orElseThrow(() -> new WebhookRejectedException("The signature could not be verified."));
            String secret = cipher.decrypt(row.secret(), associatedData(agency, kind));
            if (!WebhookSignatures.verify(kind, secret, body, signature)) {
                throw new WebhookRejectedException(signature == null || signature.isBlank()
                        ? "The " + WebhookSignatures.header(kind) + " header is missing."
                        : "The signature could not be verified.");
            }
            List<NewResponse> responses = toResponses(agency, kind, payloads.read(kind, body, row.fields()));
            // A delivery carries the whole response: a redelivery with other answers
            // updates it.
            ResponseStore.Stored stored = store.store(agency, responses, null, ResponseStore.Field.ALL);
            return new WebhookOutcome(stored.added(), stored.alreadyPresent(), stored.updated());
        }));
    }

    private List<NewResponse> toResponses(AgencyId agency, WebhookKind kind,
            List<WebhookPayloads.Delivered> delivered) {
        Map<String, ClientId> byName = new HashMap<>();
        for (ClientDetails client : clients.list(true)) {
            byName.put(client.name().toLowerCase(Locale.ROOT), client.id());
            byName.put(client.displayName().toLowerCase(Locale.ROOT), client.id());
        }
        ResponseSource source = kind == WebhookKind.TYPEFORM ? ResponseSource.TYPEFORM : ResponseSource.WEBHOOK;
        List<NewResponse> responses = new ArrayList<>();
        for (WebhookPayloads.Delivered item : delivered) {
            ClientId client = item.client() == null ? null : byName.get(item.client().strip().toLowerCase(Locale.ROOT));
            if (client == null) {
                throw new InvalidInputException("client",
                        item.client() == null
                                ? "Response %s names no client (hidden field or property 'client')."
                                    .formatted(item.externalId())
                                : "'%s' is not a client of this agency.".formatted(item.client()));
            }
            Audience audience = item.audience() == null ? Audience.CLIENT
                    : Audience.parse(item.audience())
                        .orElseThrow(() -> new InvalidInputException("audience",
                                "'%s' is neither 'client' nor 'internal'.".formatted(item.audience())));
            SurveyService.requireComment(item.comment());
            NewResponse response = new NewResponse(source, item.externalId(), client, audience, item.submittedAt(),
                    item.nps(), item.csat(), item.comment(), item.respondent() == null ? null : Secrets
                        .sha256(agency + ":respondent:" + item.respondent().strip().toLowerCase(Locale.ROOT)));
            if (!response.isEmpty()) {
                responses.add(response);
            }
        }
        return responses;
    }

    private static String associatedData(AgencyId agency, WebhookKind kind) {
        return "survey-webhook:" + agency + ":" + kind.name();
    }

}
