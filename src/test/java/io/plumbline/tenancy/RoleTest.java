package io.plumbline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void owners_admins_and_analysts_change_the_agencys_work_and_nobody_else_does() {
        assertThat(Role.values()).filteredOn(Role::changesAgencyWork)
            .containsExactlyInAnyOrder(Role.OWNER, Role.ADMIN, Role.ANALYST);
    }

    @Test
    void only_owners_and_admins_manage_the_agency() {
        assertThat(Role.values()).filteredOn(Role::managesAgency).containsExactlyInAnyOrder(Role.OWNER, Role.ADMIN);
    }

    @Test
    void no_client_role_changes_or_manages_anything_of_the_agency() {
        assertThat(Role.clientRoles()).noneMatch(Role::changesAgencyWork).noneMatch(Role::managesAgency);
    }

}
