package io.plumbline.consent;

import java.util.EnumSet;
import java.util.Set;

/**
 * A piece of consent metadata a record may carry, with its JSON name in the API and the
 * contracts.
 */
public enum ConsentField {

    CONSENT_TIMESTAMP("consentTimestamp", "Consent timestamp"), SOURCE_ID("sourceId", "Source identifier"),
    OPT_IN("optIn", "Opt-in status"), LAWFUL_BASIS("lawfulBasis", "Lawful basis"), PURPOSE("purpose", "Purpose"),
    TCF_STRING("tcfString", "IAB TCF string");

    /** Required unless the policy says otherwise: the three tags. */
    public static final Set<ConsentField> DEFAULT_REQUIRED = EnumSet.of(CONSENT_TIMESTAMP, SOURCE_ID, OPT_IN);

    private final String jsonName;

    private final String label;

    ConsentField(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

}
