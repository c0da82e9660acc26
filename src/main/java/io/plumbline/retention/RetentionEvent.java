package io.plumbline.retention;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;

/**
 * Contract changes, published in the transaction of the change (the audit log records
 * them).
 */
public sealed interface RetentionEvent {

    AgencyId agency();

    ClientId client();

    /** The contract reference, or the file name of an import. */
    String name();

    /** A short description for the audit entry. */
    String detail();

    record ContractCreated(AgencyId agency, ClientId client, ContractId contract, String name,
            String detail) implements RetentionEvent {
    }

    record ContractChanged(AgencyId agency, ClientId client, ContractId contract, String name,
            String detail) implements RetentionEvent {
    }

    record ContractRenewed(AgencyId agency, ClientId client, ContractId contract, String name,
            String detail) implements RetentionEvent {
    }

    record ContractChurned(AgencyId agency, ClientId client, ContractId contract, String name,
            String detail) implements RetentionEvent {
    }

    record ContractsImported(AgencyId agency, ClientId client, String name, String detail) implements RetentionEvent {
    }

}
