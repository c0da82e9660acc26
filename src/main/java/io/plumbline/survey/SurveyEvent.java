package io.plumbline.survey;

import io.plumbline.tenancy.AgencyId;

/**
 * Changes to survey data and settings, published in the changing transaction (the audit
 * log records them).
 */
public sealed interface SurveyEvent {

    AgencyId agency();

    record ResponsesImported(AgencyId agency, ResponseSource source, String fileName, int added,
            int alreadyPresent) implements SurveyEvent {
    }

    record WebhookSecretIssued(AgencyId agency, WebhookKind kind) implements SurveyEvent {
    }

    record SurveySettingsChanged(AgencyId agency, SurveySettings settings) implements SurveyEvent {
    }

}
