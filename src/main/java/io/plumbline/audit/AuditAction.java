package io.plumbline.audit;

public enum AuditAction {

    SIGN_IN("Signed in"), SIGN_IN_FAILED("Sign-in failed"), LOCKED_OUT("Locked out"), SIGN_OUT("Signed out"),
    PASSWORD_CHANGED("Password changed"), PASSWORD_RESET("Password reset"), USER_CREATED("User created"),
    USER_ROLE_CHANGED("Role changed"), USER_DISABLED("User disabled"), USER_ENABLED("User enabled"),
    CLIENT_CREATED("Client created"), CLIENT_UPDATED("Client updated"), CLIENT_ARCHIVED("Client archived"),
    CLIENT_RESTORED("Client restored"), AGENCY_CREATED("Agency created"), AGENCY_REBRANDED("Agency branding changed"),
    INTEGRATION_REGISTERED("Integration registered"), INTEGRATION_CHANGED("Integration changed"),
    INTEGRATION_ARCHIVED("Integration archived"), API_KEY_CREATED("API key created"),
    API_KEY_REVOKED("API key revoked"), MONITOR_CREATED("Monitor created"), MONITOR_CHANGED("Monitor changed"),
    MONITOR_DELETED("Monitor deleted"), OUTBOUND_ALLOWED("Outbound address allow-listed"),
    OUTBOUND_DISALLOWED("Outbound address removed from allow-list"), SLA_CREATED("SLA created"),
    SLA_CHANGED("SLA changed"), SLA_DELETED("SLA deleted"), CAMPAIGN_WINDOW_ADDED("Campaign window added"),
    CAMPAIGN_WINDOW_REMOVED("Campaign window removed"), MAINTENANCE_WINDOW_ADDED("Maintenance window added"),
    MAINTENANCE_WINDOW_REMOVED("Maintenance window removed"),
    MAINTENANCE_ANNOUNCED("Maintenance announced to the client"),
    MAINTENANCE_ANNOUNCEMENT_WITHDRAWN("Maintenance announcement withdrawn"),
    SURVEY_RESPONSES_IMPORTED("Survey responses imported"),
    SURVEY_WEBHOOK_SECRET_ISSUED("Survey webhook secret issued"), SURVEY_SETTINGS_CHANGED("Survey settings changed"),
    CONTRACT_CREATED("Contract created"), CONTRACT_CHANGED("Contract changed"), CONTRACT_RENEWED("Contract renewed"),
    CONTRACT_CHURNED("Contract churned"), CONTRACTS_IMPORTED("Contracts imported"),
    ALERT_RULE_CREATED("Alert rule created"), ALERT_RULE_CHANGED("Alert rule changed"),
    ALERT_RULE_DELETED("Alert rule deleted"), ALERT_CHANNEL_CREATED("Alert channel created"),
    ALERT_CHANNEL_CHANGED("Alert channel changed"), ALERT_CHANNEL_DELETED("Alert channel deleted"),
    ALERT_ACKNOWLEDGED("Alert acknowledged"), CONSENT_POLICY_CHANGED("Consent policy changed"),
    CONSENT_CONTRACT_CHANGED("Payload contract changed"),
    CONSENT_CONTRACT_RESET("Payload contract reset to the policy"),
    VENDOR_ASSESSMENT_CHANGED("Vendor assessment changed"), INCIDENT_OPENED("Incident opened"),
    INCIDENT_UPDATED("Incident updated"), INCIDENT_RESOLVED("Incident resolved"),
    INCIDENT_SUMMARY_PUBLISHED("Incident summary published"), INCIDENT_UPDATE_PUBLISHED("Incident update published"),
    FEED_ADDRESS_ISSUED("Feed address issued"), FEED_ADDRESS_REVOKED("Feed address revoked"),
    INCIDENT_SUMMARY_WITHDRAWN("Incident summary withdrawn"), CHANGE_ENTRY_CREATED("Change-log entry created"),
    CHANGE_ENTRY_CHANGED("Change-log entry changed"), CHANGE_ENTRY_PUBLISHED("Change-log entry published"),
    CHANGE_ENTRY_WITHDRAWN("Change-log entry withdrawn"), CHANGE_ENTRY_DELETED("Change-log entry deleted"),
    // status (docs/status.md)
    STATUS_OVERRIDDEN("Live status set by hand"), STATUS_OVERRIDE_CLEARED("Live status override cleared"),
    STATUS_PAGE_ENABLED("Public status page turned on"), STATUS_PAGE_REVOKED("Public status page turned off");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
