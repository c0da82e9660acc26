package io.plumbline.demo.internal;

import io.plumbline.tenancy.Role;
import java.util.List;

/** The demo sign-ins, listed in the README and printed at start-up. */
final class DemoAccounts {

    static final String PASSWORD = "plumbline-demo";

    record Account(String email, Role role, String agency, String client) {
    }

    static final List<Account> ALL = List.of(
            new Account("owner@northwind.example", Role.OWNER, DemoTenants.NORTHWIND, null),
            new Account("admin@northwind.example", Role.ADMIN, DemoTenants.NORTHWIND, null),
            new Account("exec@northwind.example", Role.EXECUTIVE, DemoTenants.NORTHWIND, null),
            new Account("analyst@northwind.example", Role.ANALYST, DemoTenants.NORTHWIND, null),
            new Account("admin@acme.example", Role.CLIENT_ADMIN, DemoTenants.NORTHWIND, DemoTenants.ACME),
            new Account("viewer@acme.example", Role.CLIENT_VIEWER, DemoTenants.NORTHWIND, DemoTenants.ACME),
            new Account("viewer@globex.example", Role.CLIENT_VIEWER, DemoTenants.NORTHWIND, DemoTenants.GLOBEX),
            new Account("owner@southbridge.example", Role.OWNER, DemoTenants.SOUTHBRIDGE, null),
            new Account("exec@southbridge.example", Role.EXECUTIVE, DemoTenants.SOUTHBRIDGE, null),
            new Account("viewer@initech.example", Role.CLIENT_VIEWER, DemoTenants.SOUTHBRIDGE, DemoTenants.INITECH));

    private DemoAccounts() {
    }

    static String table() {
        StringBuilder text = new StringBuilder("Demo sign-ins (password '" + PASSWORD + "'):\n");
        for (Account account : ALL) {
            text.append("  %-28s %-14s %s%n".formatted(account.email(), account.role().label(),
                    account.client() == null ? account.agency() : account.agency() + " / " + account.client()));
        }
        return text.toString();
    }

}
