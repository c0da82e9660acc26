package io.plumbline.audit.internal;

import io.plumbline.alerting.AlertEvent;
import io.plumbline.alerting.AlertingEvent;
import io.plumbline.audit.AuditAction;
import io.plumbline.audit.AuditService;
import io.plumbline.consent.ConsentEvent;
import io.plumbline.changelog.ChangeLogEvent;
import io.plumbline.changelog.ChangeSource;
import io.plumbline.incident.IncidentEvent;
import io.plumbline.notices.NoticeEvent;
import io.plumbline.ingestion.ApiKeyEvent;
import io.plumbline.integration.IntegrationEvent;
import io.plumbline.integration.IntegrationEvent.IntegrationArchived;
import io.plumbline.integration.IntegrationEvent.IntegrationChanged;
import io.plumbline.integration.IntegrationEvent.IntegrationRegistered;
import io.plumbline.monitoring.AllowListEvent;
import io.plumbline.monitoring.MonitorEvent;
import io.plumbline.retention.RetentionEvent;
import io.plumbline.security.SecurityEvent;
import io.plumbline.sla.SlaEvent;
import io.plumbline.survey.SurveyEvent;
import io.plumbline.security.SecurityEvent.AccountLockedOut;
import io.plumbline.security.SecurityEvent.SignInFailed;
import io.plumbline.security.SecurityEvent.SignedIn;
import io.plumbline.security.SecurityEvent.SignedOut;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenancyEvent;
import io.plumbline.tenancy.TenancyEvent.AgencyCreated;
import io.plumbline.tenancy.TenancyEvent.AgencyRebranded;
import io.plumbline.tenancy.TenancyEvent.ClientArchived;
import io.plumbline.tenancy.TenancyEvent.ClientCreated;
import io.plumbline.tenancy.TenancyEvent.ClientRestored;
import io.plumbline.tenancy.TenancyEvent.ClientUpdated;
import io.plumbline.tenancy.TenancyEvent.PasswordChanged;
import io.plumbline.tenancy.TenancyEvent.PasswordReset;
import io.plumbline.tenancy.TenancyEvent.UserCreated;
import io.plumbline.tenancy.TenancyEvent.UserDisabled;
import io.plumbline.tenancy.TenancyEvent.UserEnabled;
import io.plumbline.tenancy.TenancyEvent.UserRoleChanged;
import java.time.format.DateTimeFormatter;
import io.plumbline.shared.format.Format;
import io.plumbline.status.StatusEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns tenancy and sign-in events into audit entries. Synchronous on purpose: the entry
 * is written in the transaction of the change it describes, so it exists exactly when the
 * change does.
 */
@Component
class AuditTrail {

    private final AuditService audit;

    AuditTrail(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(TenancyEvent event) {
        switch (event) {
            case AgencyCreated e -> audit.record(AuditAction.AGENCY_CREATED, null, e.name(), "owner " + e.ownerEmail());
            case AgencyRebranded e -> audit.record(AuditAction.AGENCY_REBRANDED, null, e.name(), null);
            case ClientCreated e -> audit.record(AuditAction.CLIENT_CREATED, e.client(), e.name(), null);
            case ClientUpdated e -> audit.record(AuditAction.CLIENT_UPDATED, e.client(), e.name(), null);
            case ClientArchived e -> audit.record(AuditAction.CLIENT_ARCHIVED, e.client(), e.name(), null);
            case ClientRestored e -> audit.record(AuditAction.CLIENT_RESTORED, e.client(), e.name(), null);
            case UserCreated e ->
                audit.record(AuditAction.USER_CREATED, e.client(), e.email(), e.role().label() + " with " + e.method());
            case UserRoleChanged e -> audit.record(AuditAction.USER_ROLE_CHANGED, e.client(), e.email(),
                    e.from().label() + " → " + e.to().label());
            case UserDisabled e -> audit.record(AuditAction.USER_DISABLED, e.client(), e.email(), null);
            case UserEnabled e -> audit.record(AuditAction.USER_ENABLED, e.client(), e.email(), null);
            case PasswordReset e ->
                audit.record(AuditAction.PASSWORD_RESET, e.client(), e.email(), "new " + e.method());
            case PasswordChanged e -> audit.record(AuditAction.PASSWORD_CHANGED, e.client(), e.email(), null);
        }
    }

    @EventListener
    void on(IntegrationEvent event) {
        AuditAction action = switch (event) {
            case IntegrationRegistered e -> AuditAction.INTEGRATION_REGISTERED;
            case IntegrationChanged e -> AuditAction.INTEGRATION_CHANGED;
            case IntegrationArchived e -> AuditAction.INTEGRATION_ARCHIVED;
        };
        audit.record(action, event.client(), event.key(), null);
    }

    @EventListener
    void on(ApiKeyEvent event) {
        AuditAction action = switch (event) {
            case ApiKeyEvent.ApiKeyCreated e -> AuditAction.API_KEY_CREATED;
            case ApiKeyEvent.ApiKeyRevoked e -> AuditAction.API_KEY_REVOKED;
        };
        String detail = event.client() == null ? "agency-wide" : "one client";
        audit.record(action, event.client(), event.name(), detail);
    }

    @EventListener
    void on(MonitorEvent event) {
        AuditAction action = switch (event) {
            case MonitorEvent.MonitorCreated e -> AuditAction.MONITOR_CREATED;
            case MonitorEvent.MonitorChanged e -> AuditAction.MONITOR_CHANGED;
            case MonitorEvent.MonitorDeleted e -> AuditAction.MONITOR_DELETED;
        };
        audit.record(action, event.client(), event.name(), null);
    }

    @EventListener
    void on(AllowListEvent event) {
        AuditAction action = switch (event) {
            case AllowListEvent.AllowListEntryAdded e -> AuditAction.OUTBOUND_ALLOWED;
            case AllowListEvent.AllowListEntryRemoved e -> AuditAction.OUTBOUND_DISALLOWED;
        };
        audit.record(action, null, event.entry(), null);
    }

    @EventListener
    void on(SlaEvent event) {
        AuditAction action = switch (event) {
            case SlaEvent.SlaCreated e -> AuditAction.SLA_CREATED;
            case SlaEvent.SlaChanged e -> AuditAction.SLA_CHANGED;
            case SlaEvent.SlaDeleted e -> AuditAction.SLA_DELETED;
            case SlaEvent.CampaignWindowAdded e -> AuditAction.CAMPAIGN_WINDOW_ADDED;
            case SlaEvent.CampaignWindowRemoved e -> AuditAction.CAMPAIGN_WINDOW_REMOVED;
            case SlaEvent.MaintenanceWindowAdded e -> AuditAction.MAINTENANCE_WINDOW_ADDED;
            case SlaEvent.MaintenanceWindowRemoved e -> AuditAction.MAINTENANCE_WINDOW_REMOVED;
            case SlaEvent.MaintenanceAnnounced e -> AuditAction.MAINTENANCE_ANNOUNCED;
            case SlaEvent.MaintenanceAnnouncementWithdrawn e -> AuditAction.MAINTENANCE_ANNOUNCEMENT_WITHDRAWN;
        };
        audit.record(action, event.client(), event.name(), null);
    }

    @EventListener
    void on(SurveyEvent event) {
        switch (event) {
            case SurveyEvent.ResponsesImported e ->
                audit.record(AuditAction.SURVEY_RESPONSES_IMPORTED, null, e.fileName(),
                        "%s: %d new, %d already present".formatted(e.source().label(), e.added(), e.alreadyPresent()));
            case SurveyEvent.WebhookSecretIssued e ->
                audit.record(AuditAction.SURVEY_WEBHOOK_SECRET_ISSUED, null, e.kind().label(), null);
            case SurveyEvent.SurveySettingsChanged e -> audit.record(AuditAction.SURVEY_SETTINGS_CHANGED, null,
                    "Surveys", "pulse " + e.settings().pulsePeriod().label()
                            + (e.settings().clientsSeeTrend() ? ", clients see their trend" : ""));
        }
    }

    @EventListener
    void on(NoticeEvent event) {
        switch (event) {
            case NoticeEvent.FeedTokenIssued e ->
                audit.record(AuditAction.FEED_ADDRESS_ISSUED, e.client(), "Atom feed", "by " + e.by());
            case NoticeEvent.FeedTokenRevoked e ->
                audit.record(AuditAction.FEED_ADDRESS_REVOKED, e.client(), "Atom feed", "by " + e.by());
        }
    }

    @EventListener
    void on(IncidentEvent event) {
        switch (event) {
            case IncidentEvent.IncidentOpened e ->
                audit.record(AuditAction.INCIDENT_OPENED, e.client(), e.title(), "by " + e.by());
            case IncidentEvent.IncidentUpdated e ->
                audit.record(AuditAction.INCIDENT_UPDATED, e.client(), e.title(), e.change());
            case IncidentEvent.IncidentResolved e ->
                audit.record(AuditAction.INCIDENT_RESOLVED, e.client(), e.title(), "cause: " + e.cause().label());
            case IncidentEvent.IncidentSummaryPublished e ->
                audit.record(AuditAction.INCIDENT_SUMMARY_PUBLISHED, e.client(), e.title(), null);
            case IncidentEvent.IncidentUpdatePublished e ->
                audit.record(AuditAction.INCIDENT_UPDATE_PUBLISHED, e.client(), e.title(), e.state().label());
            case IncidentEvent.IncidentSummaryWithdrawn e ->
                audit.record(AuditAction.INCIDENT_SUMMARY_WITHDRAWN, e.client(), e.title(), null);
        }
    }

    @EventListener
    void on(AlertingEvent event) {
        AuditAction action = switch (event) {
            case AlertingEvent.AlertRuleCreated e -> AuditAction.ALERT_RULE_CREATED;
            case AlertingEvent.AlertRuleChanged e -> AuditAction.ALERT_RULE_CHANGED;
            case AlertingEvent.AlertRuleDeleted e -> AuditAction.ALERT_RULE_DELETED;
            case AlertingEvent.ChannelCreated e -> AuditAction.ALERT_CHANNEL_CREATED;
            case AlertingEvent.ChannelChanged e -> AuditAction.ALERT_CHANNEL_CHANGED;
            case AlertingEvent.ChannelDeleted e -> AuditAction.ALERT_CHANNEL_DELETED;
        };
        audit.record(action, null, event.name(), null);
    }

    @EventListener
    void on(AlertEvent.AlertAcknowledged event) {
        audit.record(AuditAction.ALERT_ACKNOWLEDGED, event.client(), "alert " + event.alert(), "by " + event.by());
    }

    @EventListener
    void on(ConsentEvent event) {
        AuditAction action = switch (event) {
            case ConsentEvent.PolicyChanged e -> AuditAction.CONSENT_POLICY_CHANGED;
            case ConsentEvent.ContractChanged e -> AuditAction.CONSENT_CONTRACT_CHANGED;
            case ConsentEvent.ContractReset e -> AuditAction.CONSENT_CONTRACT_RESET;
            case ConsentEvent.AssessmentChanged e -> AuditAction.VENDOR_ASSESSMENT_CHANGED;
        };
        audit.record(action, event.client(), event.subject(), null);
    }

    @EventListener
    void on(ChangeLogEvent event) {
        AuditAction action = switch (event) {
            case ChangeLogEvent.ChangeEntryCreated e -> AuditAction.CHANGE_ENTRY_CREATED;
            case ChangeLogEvent.ChangeEntryChanged e -> AuditAction.CHANGE_ENTRY_CHANGED;
            case ChangeLogEvent.ChangeEntryPublished e -> AuditAction.CHANGE_ENTRY_PUBLISHED;
            case ChangeLogEvent.ChangeEntryWithdrawn e -> AuditAction.CHANGE_ENTRY_WITHDRAWN;
            case ChangeLogEvent.ChangeEntryDeleted e -> AuditAction.CHANGE_ENTRY_DELETED;
        };
        String detail = event instanceof ChangeLogEvent.ChangeEntryCreated created
                && created.source() == ChangeSource.SCHEMA_DRIFT ? "draft from schema drift" : null;
        audit.record(action, event.client(), event.title(), detail);
    }

    @EventListener
    void on(SecurityEvent event) {
        CurrentTenant.runAs(event.scope(), () -> {
            switch (event) {
                case SignedIn e ->
                    audit.recordSignIn(AuditAction.SIGN_IN, e.user(), e.email(), null, e.remoteAddress());
                case SignInFailed e ->
                    audit.recordSignIn(AuditAction.SIGN_IN_FAILED, e.user(), e.email(), e.reason(), e.remoteAddress());
                case AccountLockedOut e -> audit.recordSignIn(AuditAction.LOCKED_OUT, e.user(), e.email(),
                        "locked until " + DateTimeFormatter.ISO_INSTANT.format(e.until()), e.remoteAddress());
                case SignedOut e ->
                    audit.recordSignIn(AuditAction.SIGN_OUT, e.user(), e.email(), null, e.remoteAddress());
            }
        });
    }

    @EventListener
    void on(RetentionEvent event) {
        AuditAction action = switch (event) {
            case RetentionEvent.ContractCreated e -> AuditAction.CONTRACT_CREATED;
            case RetentionEvent.ContractChanged e -> AuditAction.CONTRACT_CHANGED;
            case RetentionEvent.ContractRenewed e -> AuditAction.CONTRACT_RENEWED;
            case RetentionEvent.ContractChurned e -> AuditAction.CONTRACT_CHURNED;
            case RetentionEvent.ContractsImported e -> AuditAction.CONTRACTS_IMPORTED;
        };
        audit.record(action, event.client(), event.name(), event.detail());
    }

    @EventListener
    void on(StatusEvent event) {
        switch (event) {
            case StatusEvent.StatusOverridden e ->
                audit.record(AuditAction.STATUS_OVERRIDDEN, e.client(), e.subject(), e.state().label()
                        + (e.expiresAt() == null ? "" : " until " + Format.utc(e.expiresAt())) + ": " + e.note());
            case StatusEvent.StatusOverrideCleared e ->
                audit.record(AuditAction.STATUS_OVERRIDE_CLEARED, e.client(), e.subject(), null);
            case StatusEvent.PublicPageEnabled e ->
                audit.record(AuditAction.STATUS_PAGE_ENABLED, e.client(), e.subject(), "new address issued");
            case StatusEvent.PublicPageRevoked e ->
                audit.record(AuditAction.STATUS_PAGE_REVOKED, e.client(), e.subject(), null);
        }
    }

}
