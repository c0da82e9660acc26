package io.plumbline.consent;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;

/**
 * Changes to consent settings, published in the transaction of the change (the audit log
 * records them).
 */
public sealed interface ConsentEvent {

    AgencyId agency();

    ClientId client();

    /** What changed, e.g. the integration's key. */
    String subject();

    record PolicyChanged(AgencyId agency, ClientId client, String subject) implements ConsentEvent {
    }

    record ContractChanged(AgencyId agency, ClientId client, String subject) implements ConsentEvent {
    }

    record ContractReset(AgencyId agency, ClientId client, String subject) implements ConsentEvent {
    }

    record AssessmentChanged(AgencyId agency, ClientId client, String subject) implements ConsentEvent {
    }

}
