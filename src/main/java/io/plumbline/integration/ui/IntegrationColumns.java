package io.plumbline.integration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.ui.Ui;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * Cells shown the same way in the agency app and in the portal (exposed to the portal
 * module).
 */
@NamedInterface("ui-columns")
public final class IntegrationColumns {

    private IntegrationColumns() {
    }

    /**
     * Credential expiry as a countdown: red when expired or within 7 days, amber within
     * 30.
     */
    public static Component credentialExpiry(IntegrationDetails integration, LocalDate today) {
        return integration.daysUntilCredentialExpiry(today).<Component>map(days -> {
            if (days < 0) {
                return Ui.badge("expired " + -days + " d ago", "bad");
            }
            String text = days == 0 ? "expires today" : "in " + days + " d";
            return Ui.badge(text, days <= 7 ? "bad" : days <= 30 ? "warn" : "ok");
        }).orElseGet(() -> new Span("—"));
    }

    public static String quota(IntegrationDetails integration) {
        return integration.quota() == null ? "—" : integration.quota().describe();
    }

}
