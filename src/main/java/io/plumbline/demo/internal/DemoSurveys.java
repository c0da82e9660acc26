package io.plumbline.demo.internal;

import io.plumbline.survey.Audience;
import io.plumbline.survey.ImportFormat;
import io.plumbline.survey.ImportRequest;
import io.plumbline.survey.PeriodKind;
import io.plumbline.survey.SurveyImportService;
import io.plumbline.survey.SurveyService;
import io.plumbline.survey.SurveySettings;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * Nine months of client and staff survey responses for every demo client, imported
 * through the generic CSV import like an agency's own spreadsheet. Consistent with
 * {@link DemoObservations}: Umbrella Finance's scores fall after its October Marketo
 * outage and stay low over that bad quarter (the client that churns); Acme Retail dips in
 * November (expired HubSpot token, Black-Friday throttling). Seeded, so every fresh demo
 * looks the same.
 */
@Component
class DemoSurveys implements DemoStory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    private final SurveyImportService imports;

    private final SurveyService surveys;

    private final ClientService clients;

    private final Clock clock;

    DemoSurveys(SurveyImportService imports, SurveyService surveys, ClientService clients, Clock clock) {
        this.imports = imports;
        this.surveys = surveys;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void tell(DemoWorld world) {
        for (String agency : new String[] { DemoTenants.NORTHWIND, DemoTenants.SOUTHBRIDGE }) {
            CurrentTenant.runAs(world.agency(agency), () -> {
                surveys.updateSettings(new SurveySettings(PeriodKind.QUARTER, agency.equals(DemoTenants.NORTHWIND)));
                imports.importFile(ImportRequest.of("survey-history.csv", csv(agency), ImportFormat.GENERIC));
            });
        }
    }

    private byte[] csv(String agency) {
        StringBuilder csv = new StringBuilder("response_id,submitted_at,client,audience,nps,csat,comment\n");
        SplittableRandom random = new SplittableRandom(agency.hashCode());
        Instant now = clock.instant();
        for (ClientDetails client : clients.list(false)) {
            for (int daysAgo = 270; daysAgo >= 1; daysAgo -= 9) {
                if (gone(client.name(), daysAgo)) {
                    continue;
                }
                Instant at = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(random.nextInt(0, 20)));
                double mood = mood(client.name(), daysAgo);
                for (Audience audience : Audience.values()) {
                    if (random.nextDouble() < (audience == Audience.CLIENT ? 0.8 : 0.5)) {
                        int nps = clamp((int) Math.round(mood * 10 + random.nextInt(-2, 3)), 0, 10);
                        int csat = clamp((int) Math.round(mood * 4 + 1 + random.nextInt(-1, 2) * 0.6), 1, 5);
                        csv.append("%s-%s-%d,%s,\"%s\",%s,%s,%s,%s\n".formatted(audience.name().toLowerCase(),
                                client.id().toString().substring(0, 8), daysAgo,
                                TIME.format(at.atOffset(ZoneOffset.UTC)), client.name(), audience.name().toLowerCase(),
                                audience == Audience.CLIENT ? nps : "", csat,
                                comment(client.name(), daysAgo, audience)));
                    }
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * 0…1: how happy the client is that many days ago, following the reliability story.
     */
    private static double mood(String client, int daysAgo) {
        return switch (client) {
            case "Umbrella Finance" -> daysAgo > 41 ? 0.82 : 0.28;
            case DemoTenants.ACME -> daysAgo <= 20 ? 0.55 : 0.86;
            case DemoTenants.GLOBEX -> daysAgo <= 12 ? 0.7 : 0.8;
            // Content clients differ a little, so that rankings across clients mean
            // something.
            default -> 0.80 + Math.floorMod(client.hashCode(), 9) / 100.0;
        };
    }

    /**
     * Pied Piper Media left five months ago (see DemoContracts): no answers after that.
     */
    private static boolean gone(String client, int daysAgo) {
        return "Pied Piper Media".equals(client) && daysAgo < 150;
    }

    private static String comment(String client, int daysAgo, Audience audience) {
        if ("Umbrella Finance".equals(client) && daysAgo <= 41 && daysAgo > 30) {
            return audience == Audience.CLIENT ? "\"The Marketo outage stopped our October newsletter.\""
                    : "\"Marketo data gaps since the outage; reports need manual fixes.\"";
        }
        if (DemoTenants.ACME.equals(client) && daysAgo <= 20 && daysAgo > 10) {
            return audience == Audience.CLIENT ? "\"Contacts stopped syncing for a weekend.\""
                    : "\"HubSpot token expired; consent fields missing for a day.\"";
        }
        return "";
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

}
