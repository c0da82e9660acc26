package io.plumbline.changelog;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;

/**
 * Changes to the change log, published in the transaction of the change (the audit log
 * records them).
 */
public sealed interface ChangeLogEvent {

    AgencyId agency();

    ClientId client();

    ChangeEntryId entry();

    String title();

    record ChangeEntryCreated(AgencyId agency, ClientId client, ChangeEntryId entry, String title,
            ChangeSource source) implements ChangeLogEvent {
    }

    record ChangeEntryChanged(AgencyId agency, ClientId client, ChangeEntryId entry,
            String title) implements ChangeLogEvent {
    }

    record ChangeEntryPublished(AgencyId agency, ClientId client, ChangeEntryId entry,
            String title) implements ChangeLogEvent {
    }

    record ChangeEntryWithdrawn(AgencyId agency, ClientId client, ChangeEntryId entry,
            String title) implements ChangeLogEvent {
    }

    record ChangeEntryDeleted(AgencyId agency, ClientId client, ChangeEntryId entry,
            String title) implements ChangeLogEvent {
    }

}
