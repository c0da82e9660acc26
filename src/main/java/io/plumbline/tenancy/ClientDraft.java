package io.plumbline.tenancy;

import java.time.ZoneId;

/** What an admin types when creating or editing a client. */
public record ClientDraft(String name, String displayName, Industry industry, ZoneId timeZone, String primaryColour) {

    public static ClientDraft empty() {
        return new ClientDraft("", "", Industry.OTHER, ZoneId.of("UTC"), null);
    }

    public static ClientDraft of(ClientDetails details) {
        return new ClientDraft(details.name(), details.displayName(), details.industry(), details.timeZone(),
                details.primaryColour());
    }
}
