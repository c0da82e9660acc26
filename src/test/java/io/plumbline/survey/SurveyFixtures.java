package io.plumbline.survey;

import io.plumbline.Fixtures.TestAgency;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientDraft;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Industry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestComponent;

/**
 * Clients named as in the sample exports under src/test/resources/survey, and the samples
 * themselves.
 */
@TestComponent
public class SurveyFixtures {

    private final ClientService clients;

    SurveyFixtures(ClientService clients) {
        this.clients = clients;
    }

    record SampleClients(ClientDetails acme, ClientDetails umbrella) {
    }

    /**
     * "Acme Retail" and "Umbrella Finance" in this agency (client names are unique per
     * agency only).
     */
    SampleClients sampleClients(TestAgency agency) {
        return agency.scope()
            .call(() -> new SampleClients(
                    clients.create(new ClientDraft("Acme Retail", null, Industry.ECOMMERCE,
                            ZoneId.of("America/New_York"), null)),
                    clients.create(new ClientDraft("Umbrella Finance", null, Industry.FINANCE,
                            ZoneId.of("Europe/London"), null))));
    }

    static byte[] sample(String name) {
        try (InputStream in = SurveyFixtures.class.getResourceAsStream("/survey/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + name);
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
