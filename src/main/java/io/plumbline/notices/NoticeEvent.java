package io.plumbline.notices;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;

/** Changes to a client's notice channels (the audit log records them). */
public sealed interface NoticeEvent {

    AgencyId agency();

    ClientId client();

    /** A new feed address was made; any earlier one stopped working. */
    record FeedTokenIssued(AgencyId agency, ClientId client, String by) implements NoticeEvent {
    }

    /** The feed address was revoked: the feed answers 404 from now on. */
    record FeedTokenRevoked(AgencyId agency, ClientId client, String by) implements NoticeEvent {
    }

}
