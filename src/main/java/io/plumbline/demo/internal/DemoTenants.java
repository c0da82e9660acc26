package io.plumbline.demo.internal;

import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientDraft;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Industry;
import io.plumbline.tenancy.Logo;
import io.plumbline.tenancy.NewUser;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.UserService;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Two agencies, their clients and a user for every role. */
@Component
class DemoTenants {

    static final String NORTHWIND = "Northwind Digital";
    static final String SOUTHBRIDGE = "Southbridge Media";
    static final String ACME = "Acme Retail";
    static final String GLOBEX = "Globex Health";
    static final String INITECH = "Initech";

    private record DemoClient(String agency, String name, Industry industry, String zone, String colour) {
    }

    private static final List<DemoClient> CLIENTS = List.of(
            new DemoClient(NORTHWIND, ACME, Industry.ECOMMERCE, "America/New_York", "#d9480f"),
            new DemoClient(NORTHWIND, GLOBEX, Industry.HEALTHCARE, "Europe/Berlin", "#0b7285"),
            new DemoClient(NORTHWIND, "Umbrella Finance", Industry.FINANCE, "Europe/London", "#5f3dc4"),
            new DemoClient(NORTHWIND, "Hooli Cloud", Industry.SAAS, "America/Los_Angeles", "#1971c2"),
            new DemoClient(NORTHWIND, "Wayfarer Travel", Industry.TRAVEL, "Europe/Madrid", "#2b8a3e"),
            new DemoClient(NORTHWIND, "Soylent Foods", Industry.ECOMMERCE, "America/Chicago", "#e67700"),
            new DemoClient(NORTHWIND, "Brightpath Learning", Industry.EDUCATION, "Australia/Sydney", "#c2255c"),
            new DemoClient(NORTHWIND, "Vandelay Industries", Industry.MANUFACTURING, "America/New_York", "#495057"),
            new DemoClient(NORTHWIND, "Pied Piper Media", Industry.MEDIA, "America/Los_Angeles", "#087f5b"),
            new DemoClient(SOUTHBRIDGE, INITECH, Industry.SAAS, "America/Chicago", "#364fc7"),
            new DemoClient(SOUTHBRIDGE, "Massive Dynamic", Industry.FINANCE, "America/New_York", "#343a40"),
            new DemoClient(SOUTHBRIDGE, "Oceanic Airlines", Industry.TRAVEL, "Pacific/Honolulu", "#1098ad"));

    private final AgencyService agencies;

    private final ClientService clients;

    private final UserService users;

    DemoTenants(AgencyService agencies, ClientService clients, UserService users) {
        this.agencies = agencies;
        this.clients = clients;
        this.users = users;
    }

    DemoWorld create() {
        DemoWorld world = new DemoWorld();
        createAgency(world, NORTHWIND, "owner@northwind.example", "Nadia Owens", "#1f5fbf", "NW", "Northwind");
        createAgency(world, SOUTHBRIDGE, "owner@southbridge.example", "Sam Bridges", "#7048e8", "SB", "Southbridge");
        for (DemoClient client : CLIENTS) {
            CurrentTenant.runAs(world.agency(client.agency()), () -> {
                ClientDetails created = clients.create(new ClientDraft(client.name(), client.name(), client.industry(),
                        ZoneId.of(client.zone()), client.colour()));
                String initials = Arrays.stream(client.name().split(" "))
                    .map(word -> word.substring(0, 1))
                    .limit(2)
                    .reduce("", String::concat);
                clients.changeLogo(created.id(),
                        Logo.of(DemoLogo.png(initials, client.name().split(" ")[0], client.colour()), "image/png"));
                world.addClient(client.agency(), client.name(), created.id());
            });
        }
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            if (account.role() == Role.OWNER) {
                continue;
            }
            CurrentTenant.runAs(world.agency(account.agency()),
                    () -> users.createWithPassword(
                            new NewUser(account.email(), displayName(account.email()), account.role(),
                                    account.client() == null ? null : world.client(account.client())),
                            DemoAccounts.PASSWORD));
        }
        return world;
    }

    private void createAgency(DemoWorld world, String name, String ownerEmail, String ownerName, String colour,
            String initials, String word) {
        var created = agencies.createAgency(name, ownerEmail, ownerName, DemoAccounts.PASSWORD);
        world.addAgency(name, created.agency());
        CurrentTenant.runAs(world.agency(name), () -> {
            agencies.rebrand(name, colour);
            agencies.changeLogo(Logo.of(DemoLogo.png(initials, word, colour), "image/png"));
        });
    }

    private static String displayName(String email) {
        String local = email.substring(0, email.indexOf('@'));
        String company = email.substring(email.indexOf('@') + 1, email.indexOf('.', email.indexOf('@')));
        return Character.toUpperCase(local.charAt(0)) + local.substring(1) + " at "
                + Character.toUpperCase(company.charAt(0)) + company.substring(1);
    }

}
