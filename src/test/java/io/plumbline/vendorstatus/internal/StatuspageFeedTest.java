package io.plumbline.vendorstatus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatuspageFeedTest {

    @Test
    void a_summary_gives_the_page_its_components_with_their_group_and_the_unresolved_incidents() throws Exception {
        StatuspageFeed.Summary summary = StatuspageFeed.summary(fixture("summary-open.json"));

        assertThat(summary.pageName()).isEqualTo("HubSpot");
        assertThat(summary.description()).isEqualTo("Partially Degraded Service");
        assertThat(summary.components()).filteredOn(c -> !c.isGroup())
            .extracting(c -> c.group() + "/" + c.name() + "=" + c.status())
            .containsExactly("APIs/CRM API=degraded_performance", "null/Marketing Email=operational",
                    "null/Website=operational");
        assertThat(summary.incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.resolvedAt()).isNull();
            assertThat(incident.startedAt()).isEqualTo(Instant.parse("2026-12-01T10:02:00Z"));
            assertThat(incident.components()).extracting(StatuspageFeed.AffectedComponent::id)
                .containsExactly("cmp-crm");
        });
    }

    @Test
    void a_resolved_incident_has_its_resolution_time_and_every_update() throws Exception {
        var incidents = StatuspageFeed.incidents(fixture("incidents-resolved.json"));

        assertThat(incidents).hasSize(2);
        assertThat(incidents.getFirst().resolvedAt()).isEqualTo(Instant.parse("2026-12-01T11:40:00Z"));
        assertThat(incidents.getFirst().updates()).extracting(StatuspageFeed.Update::status)
            .containsExactly("resolved", "identified", "investigating");
    }

    @Test
    void truncated_json_other_json_and_bad_times_are_refused_with_a_sentence() {
        assertThatThrownBy(() -> StatuspageFeed.summary(fixture("malformed.json")))
            .isInstanceOf(StatuspageFeed.Malformed.class)
            .hasMessageStartingWith("summary.json is not valid JSON (Unexpected end-of-input")
            .hasMessageContaining("it begins \"{\"page\"");
        assertThatThrownBy(() -> StatuspageFeed.summary(bytes("{\"status\":\"ok\"}")))
            .hasMessageContaining("is this an Atlassian Statuspage?");
        assertThatThrownBy(() -> StatuspageFeed.incidents(bytes("[1,2]")))
            .hasMessage("incidents.json is not a JSON object.");
        assertThatThrownBy(() -> StatuspageFeed.incidents(bytes(
                "{\"incidents\":[{\"id\":\"x\",\"name\":\"n\",\"status\":\"investigating\",\"started_at\":\"yesterday\"}]}")))
            .hasMessage("\"yesterday\" is not a time (started_at).");
    }

    @Test
    void only_http_links_are_kept_from_a_feed() throws Exception {
        var incidents = StatuspageFeed
            .incidents(bytes("{\"incidents\":[{\"id\":\"x\",\"name\":\"n\",\"status\":\"resolved\","
                    + "\"started_at\":\"2026-12-01T10:00:00Z\",\"resolved_at\":\"2026-12-01T11:00:00Z\","
                    + "\"shortlink\":\"javascript:alert(1)\"}]}"));

        assertThat(incidents.getFirst().shortlink()).isNull();
        assertThat(incidents.getFirst().impact()).isEqualTo("none");
    }

    @Test
    void the_wait_doubles_with_every_failure_in_a_row_up_to_the_maximum() {
        Duration interval = Duration.ofMinutes(2);
        Duration max = Duration.ofHours(1);

        assertThat(VendorStatusPoller.backoff(interval, max, 1)).isEqualTo(Duration.ofMinutes(4));
        assertThat(VendorStatusPoller.backoff(interval, max, 4)).isEqualTo(Duration.ofMinutes(32));
        assertThat(VendorStatusPoller.backoff(interval, max, 5)).isEqualTo(max);
        assertThat(VendorStatusPoller.backoff(interval, max, 400)).isEqualTo(max);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = StatuspageFeedTest.class.getResourceAsStream("/vendorstatus/" + name)) {
            return in.readAllBytes();
        }
    }

}
