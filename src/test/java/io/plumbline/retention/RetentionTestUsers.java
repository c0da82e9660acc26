package io.plumbline.retention;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;

/**
 * Signs in a new user of a role; created with no one signed in (a signed-in owner may not
 * choose their password).
 */
final class RetentionTestUsers {

    private RetentionTestUsers() {
    }

    static void signInAs(Fixtures fixtures, TestAgency agency, Role role, ClientDetails of) {
        Fixtures.signOut();
        Fixtures.signInAs(of == null ? fixtures.aUser(agency, role) : fixtures.aClientUser(agency, of, role));
    }

}
