package io.plumbline.consent;

import io.plumbline.integration.IntegrationId;
import java.time.Instant;

/**
 * The consent metadata one record carried when it went through an integration; null means
 * the field was absent. There is no record reference: it is checked at the API (no e-mail
 * or phone number) and then discarded.
 */
public record ConsentRecord(IntegrationId integration, Instant observedAt, Instant consentTimestamp, String sourceId,
        Boolean optIn, String lawfulBasis, String purpose, String tcfString) {

    public boolean carries(ConsentField field) {
        return switch (field) {
            case CONSENT_TIMESTAMP -> consentTimestamp != null;
            case SOURCE_ID -> sourceId != null && !sourceId.isBlank();
            case OPT_IN -> optIn != null;
            case LAWFUL_BASIS -> lawfulBasis != null && !lawfulBasis.isBlank();
            case PURPOSE -> purpose != null && !purpose.isBlank();
            case TCF_STRING -> tcfString != null && !tcfString.isBlank();
        };
    }

    /** The source the record is counted under: its source identifier, or "(none)". */
    public String source() {
        return carries(ConsentField.SOURCE_ID) ? sourceId.strip() : ConsentAggregate.NO_SOURCE;
    }
}
