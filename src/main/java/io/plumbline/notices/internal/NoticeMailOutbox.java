package io.plumbline.notices.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.plumbline.incident.IncidentEvent.IncidentSummaryPublished;
import io.plumbline.incident.IncidentEvent.IncidentUpdatePublished;
import io.plumbline.incident.IncidentId;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentUpdate;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.notices.NoticeMailStatus;
import io.plumbline.shared.PlumblineProperties;
import io.plumbline.sla.MaintenanceWindow;
import io.plumbline.sla.SlaEvent.MaintenanceAnnounced;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import io.plumbline.tenancy.UserId;
import io.plumbline.tenancy.UserService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts one notice mail per subscribed, enabled user of the client into the outbox
 * ({@code notice_mail}) when an incident update or summary is published or maintenance is
 * announced, and plans its delivery ({@link NoticeMailTasks}). The listeners run inside
 * the publishing transaction, as the project's other listeners do: a rolled-back update
 * leaves neither a mail nor a scheduled execution behind, and a committed one cannot lose
 * its mails to a crash after the commit. The dedup key (notice, user) is UNIQUE, so a
 * repeated event or a second node adds nothing.
 */
@Component
public class NoticeMailOutbox {

    private final JdbcTemplate jdbc;

    private final SubscriptionStore subscriptions;

    private final UserService users;

    private final ClientService clients;

    private final AgencyService agencies;

    private final IncidentService incidents;

    private final SlaService slas;

    private final IntegrationService integrations;

    private final ObjectProvider<SchedulerClient> scheduler;

    private final PlumblineProperties properties;

    private final Clock clock;

    NoticeMailOutbox(JdbcTemplate jdbc, SubscriptionStore subscriptions, UserService users, ClientService clients,
            AgencyService agencies, IncidentService incidents, SlaService slas, IntegrationService integrations,
            ObjectProvider<SchedulerClient> scheduler, PlumblineProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.users = users;
        this.clients = clients;
        this.agencies = agencies;
        this.incidents = incidents;
        this.slas = slas;
        this.integrations = integrations;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(IncidentUpdatePublished event) {
        inClient(event.agency(), event.client(),
                brand -> incident(event.incident(), brand.client()).ifPresent(incident -> incident.updates()
                    .stream()
                    .filter(u -> u.id().equals(event.update()))
                    .findFirst()
                    .ifPresent(update -> enqueue(brand, "update:" + update.id(), incident.integrations(),
                            NoticeMail.update(brand, incident, update, names(event.client()))))));
    }

    @EventListener
    void on(IncidentSummaryPublished event) {
        inClient(event.agency(), event.client(),
                brand -> incident(event.incident(), brand.client()).filter(i -> i.separateSummary().isPresent())
                    .ifPresent(incident -> enqueue(brand, "summary:" + incident.id().value(), incident.integrations(),
                            NoticeMail.summary(brand, incident, names(event.client())))));
    }

    @EventListener
    void on(MaintenanceAnnounced event) {
        inClient(event.agency(), event.client(),
                brand -> slas.maintenance(event.client())
                    .stream()
                    .filter(w -> w.id().equals(event.window()))
                    .findFirst()
                    .ifPresent(window -> enqueue(brand, "maintenance:" + window.id().value(),
                            window.integration() == null ? List.of() : List.of(window.integration()),
                            NoticeMail.maintenance(brand, window, names(event.client())))));
    }

    /** The recipient's latest notice mails. */
    public List<NoticeMailStatus> recent(TenantScope scope, UserId user, int limit) {
        return jdbc.query(
                "SELECT subject, state, created_at, sent_at FROM notice_mail WHERE agency_id = ? AND client_id = ? "
                        + "AND user_id = ? ORDER BY created_at DESC FETCH FIRST " + limit + " ROWS ONLY",
                (rs, i) -> new NoticeMailStatus(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()),
                scope.agency().value(), scope.client().value(), user.value());
    }

    private void inClient(AgencyId agency, ClientId client, java.util.function.Consumer<NoticeMail.Brand> work) {
        if (subscriptions.ofClient(agency, client).isEmpty()) {
            return;
        }
        CurrentTenant.runAs(new TenantScope(agency, client), () -> {
            ClientDetails details = clients.find(client).orElse(null);
            if (details == null) {
                return;
            }
            AgencyService.PortalBranding branding = agencies.portalBranding();
            work.accept(
                    new NoticeMail.Brand(branding.agency().displayName(), details, branding.clientColour(), baseUrl()));
        });
    }

    private Optional<PublishedIncident> incident(IncidentId id, ClientDetails client) {
        return incidents.published(client.id()).stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private Map<IntegrationId, String> names(ClientId client) {
        return integrations.listForClient(client)
            .stream()
            .collect(Collectors.toMap(IntegrationDetails::id, IntegrationDetails::name));
    }

    private void enqueue(NoticeMail.Brand brand, String noticeKey, List<IntegrationId> affected,
            NoticeMail.Content content) {
        AgencyId agency = brand.agency();
        ClientId client = brand.client().id();
        Map<UserId, String> enabled = users.enabledClientUsers(client);
        Instant now = clock.instant();
        for (SubscriptionStore.Row subscription : subscriptions.ofClient(agency, client)) {
            String email = enabled.get(subscription.user());
            if (email == null || !subscription.subscription().covers(affected)) {
                continue;
            }
            String unsubscribe = brand.baseUrl() + "/unsubscribe/" + subscription.token();
            UUID id = UUID.randomUUID();
            int added = jdbc.update(
                    "INSERT INTO notice_mail (id, agency_id, client_id, user_id, notice_key, recipient, "
                            + "subject, body_text, body_html, unsubscribe_url, state, attempts, created_at) "
                            + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ? "
                            + "WHERE NOT EXISTS (SELECT 1 FROM notice_mail WHERE notice_key = ? AND user_id = ?)",
                    id, agency.value(), client.value(), subscription.user().value(), noticeKey, email,
                    content.subject(), content.text(unsubscribe), content.html(unsubscribe), unsubscribe,
                    Timestamp.from(now), noticeKey, subscription.user().value());
            if (added > 0) {
                scheduler.getObject()
                    .scheduleIfNotExists(NoticeMailTasks.DELIVERY.instance(id.toString())
                        .data(agency.value().toString())
                        .scheduledTo(now));
            }
        }
    }

    private String baseUrl() {
        String url = properties.publicUrl() == null || properties.publicUrl().isBlank() ? "http://localhost:8080"
                : properties.publicUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

}
