package io.plumbline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.monitoring.ScriptedServer.Reply;
import io.plumbline.monitoring.internal.MonitorChecks;
import io.plumbline.tenancy.ClientDetails;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A scheduled check that fails on its JSON schema tells the rest of Plumbline the API may
 * have drifted.
 */
@PostgresIntegrationTest
@RecordApplicationEvents
class SchemaDriftEventIT {

    private static final String SCHEMA = """
            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}""";

    @Autowired
    Fixtures fixtures;

    @Autowired
    MonitorService monitors;

    @Autowired
    OutboundAllowListService allowList;

    @Autowired
    MonitorChecks checks;

    @Autowired
    ApplicationEvents events;

    TestAgency agency;

    ClientDetails client;

    IntegrationDetails crm;

    ScriptedServer server;

    @BeforeEach
    void anApiThatChangedTheTypeOfAField() throws Exception {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        server = ScriptedServer.replying(Reply.json("{\"id\": 42}"));
        agency.scope().run(() -> allowList.add("127.0.0.1"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_check_failing_its_schema_publishes_schema_drift_with_the_violations_and_a_passing_one_does_not() {
        MonitorDetails withSchema = agency.scope().call(() -> monitors.create(draft(SCHEMA)));
        MonitorDetails withoutSchema = agency.scope().call(() -> monitors.create(draft(null)));
        events.clear();

        checks.check(agency.id(), withSchema.id());
        checks.check(agency.id(), withoutSchema.id());

        List<SchemaDriftDetected> drifts = events.stream(SchemaDriftDetected.class).toList();
        assertThat(drifts).singleElement().satisfies(drift -> {
            assertThat(drift.agency()).isEqualTo(agency.id());
            assertThat(drift.client()).isEqualTo(client.id());
            assertThat(drift.integration()).isEqualTo(crm.id());
            assertThat(drift.monitor()).isEqualTo(withSchema.id());
            assertThat(drift.monitorName()).isEqualTo("Contacts");
            assertThat(drift.violations()).singleElement().asString().contains("/id", "string");
        });
    }

    private MonitorDraft draft(String schema) {
        return new MonitorDraft(crm.id(), "Contacts",
                new CheckDefinition("GET", server.url("/contacts/1"), Map.of(), null, Duration.ofSeconds(5),
                        new CheckAssertions(Set.of(200), null, null, List.of(), List.of(), schema), null),
                Duration.ofHours(1), true);
    }

}
