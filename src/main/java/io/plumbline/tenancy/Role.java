package io.plumbline.tenancy;

import java.util.Arrays;
import java.util.List;

/** What a user may do; docs/security.md is the contract for each role. */
public enum Role {

    OWNER("Owner", false), ADMIN("Admin", false), EXECUTIVE("Executive", false), ANALYST("Analyst", false),
    CLIENT_ADMIN("Client admin", true), CLIENT_VIEWER("Client viewer", true);

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String OWNER_NAME = "OWNER";

    public static final String ADMIN_NAME = "ADMIN";

    public static final String EXECUTIVE_NAME = "EXECUTIVE";

    public static final String ANALYST_NAME = "ANALYST";

    public static final String CLIENT_ADMIN_NAME = "CLIENT_ADMIN";

    public static final String CLIENT_VIEWER_NAME = "CLIENT_VIEWER";

    private final String label;

    private final boolean clientRole;

    Role(String label, boolean clientRole) {
        this.label = label;
        this.clientRole = clientRole;
    }

    public String label() {
        return label;
    }

    public boolean isClientRole() {
        return clientRole;
    }

    /** Owners and admins manage the agency: clients, users, branding, audit. */
    public boolean managesAgency() {
        return this == OWNER || this == ADMIN;
    }

    /**
     * Owners, admins and analysts change the agency's work: integrations, monitors, SLAs,
     * alerting, incidents, ...
     */
    public boolean changesAgencyWork() {
        return this == OWNER || this == ADMIN || this == ANALYST;
    }

    public static List<Role> agencyRoles() {
        return Arrays.stream(values()).filter(r -> !r.clientRole).toList();
    }

    public static List<Role> clientRoles() {
        return Arrays.stream(values()).filter(r -> r.clientRole).toList();
    }

}
