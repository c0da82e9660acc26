package io.plumbline.demo.internal;

import io.plumbline.changelog.ChangeEntryDraft;
import io.plumbline.changelog.ChangeKind;
import io.plumbline.changelog.ChangeLogService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The change log: the Salesforce field change behind the schema incident of
 * {@link DemoIncidents} (published), two upcoming version sunsets and an upgrade
 * (published, so deprecation alerts have something to find), and a draft.
 */
@Component
class DemoChanges implements DemoStory {

    private record Entry(String integration, ChangeKind kind, String title, String description, String from, String to,
            int daysFromToday, boolean published) {
    }

    private final ChangeLogService changes;

    private final DemoPeople people;

    private final Clock clock;

    DemoChanges(ChangeLogService changes, DemoPeople people, Clock clock) {
        this.changes = changes;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public void tell(DemoWorld world) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int schemaChange = -(int) DemoObservations.EPISODES.stream()
            .filter(e -> e.integrationKey().equals("globex-salesforce"))
            .findFirst()
            .orElseThrow()
            .startsAgo()
            .toDays();
        List<Entry> entries = List.of(
                new Entry("globex-salesforce", ChangeKind.FIELD_REMOVED, "Contact field Consent_Date__c removed",
                        "Salesforce's release removed the date field Consent_Date__c from Contact. Our sync now reads"
                                + " the consent time from Consent_Timestamp__c instead; nothing to do on your side.",
                        null, null, schemaChange, true),
                new Entry("globex-salesforce", ChangeKind.FIELD_ADDED, "Contact field Consent_Timestamp__c added",
                        "The consent time is now a date and time (UTC) instead of a date, so consent records are more"
                                + " precise.",
                        null, null, schemaChange, true),
                new Entry("hooli-linkedin-ads", ChangeKind.DEPRECATION_NOTICE,
                        "LinkedIn Marketing API version 202410 sunsets",
                        "LinkedIn retires each monthly API version after a year. We move the reporting sync to version"
                                + " 202510 before the sunset; expect a short re-sync of the last 30 days.",
                        "202410", "202510", 12, true),
                new Entry("acme-ga4", ChangeKind.DEPRECATION_NOTICE, "GA4 Data API v1beta replaced by v1",
                        "Google is retiring the v1beta endpoints our GA4 reporting uses. We switch to v1 ahead of the date;"
                                + " report figures do not change.",
                        "v1beta", "v1", 21, true),
                new Entry("wayfarer-meta-capi", ChangeKind.VERSION_UPGRADE, "Meta Graph API v21.0 → v22.0",
                        "Routine upgrade of the Conversions API version; no change to the events we send.", "v21.0",
                        "v22.0", 40, true),
                new Entry("acme-klaviyo", ChangeKind.AUTH_CHANGE, "Klaviyo private keys need explicit scopes",
                        "Draft: confirm with Klaviyo which scopes the sync key needs before telling Acme.", null, null,
                        30, false));
        people.as("analyst@northwind.example", () -> {
            for (Entry entry : entries) {
                var created = changes
                    .create(new ChangeEntryDraft(world.integration(entry.integration()), entry.kind(), entry.title(),
                            entry.description(), entry.from(), entry.to(), today.plusDays(entry.daysFromToday())));
                if (entry.published()) {
                    changes.publish(created.id());
                }
            }
            return entries.size();
        });
    }

}
