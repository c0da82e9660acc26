package io.plumbline.consent;

import io.plumbline.integration.IntegrationId;
import java.time.LocalDate;

/**
 * The short vendor checklist of one integration; {@code lastReviewed} null until someone
 * reviews it.
 */
public record VendorAssessment(IntegrationId integration, boolean dpaSigned, boolean consentFieldsSupported,
        String dataRegion, LocalDate lastReviewed) {

    public static VendorAssessment unreviewed(IntegrationId integration) {
        return new VendorAssessment(integration, false, false, null, null);
    }
}
