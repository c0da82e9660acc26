package io.plumbline.monitoring;

import io.plumbline.tenancy.AgencyId;

/**
 * Changes to the agency's outbound allow-list, which decides what monitors may reach
 * inside private networks.
 */
public sealed interface AllowListEvent {

    AgencyId agency();

    String entry();

    record AllowListEntryAdded(AgencyId agency, String entry) implements AllowListEvent {
    }

    record AllowListEntryRemoved(AgencyId agency, String entry) implements AllowListEvent {
    }

}
