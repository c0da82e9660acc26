package io.plumbline.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.monitoring.HeaderAssertion;
import io.plumbline.monitoring.JsonPathAssertion;
import io.plumbline.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitorInputTest {

    @Test
    void headers_are_read_one_per_line_split_at_the_first_colon() {
        assertThat(MonitorInput.headers("Authorization: Bearer a:b\n\nAccept: application/json"))
            .containsExactly(Map.entry("Authorization", "Bearer a:b"), Map.entry("Accept", "application/json"));
    }

    @Test
    void a_header_line_without_a_colon_is_refused_on_the_headers_field_naming_the_line() {
        assertThatThrownBy(() -> MonitorInput.headers("Accept: */*\nBearer abc"))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("headers");
                assertThat(e.getMessage()).isEqualTo("Line 2: write Name: value.");
            });
    }

    @Test
    void assertions_and_statuses_round_trip_through_their_text_forms() {
        List<JsonPathAssertion> paths = MonitorInput.jsonPaths("$.status = ok\n$.items.length() = 3");
        List<HeaderAssertion> headers = MonitorInput.headerAssertions("Content-Type: ^application/json");

        assertThat(paths).containsExactly(new JsonPathAssertion("$.status", "ok"),
                new JsonPathAssertion("$.items.length()", "3"));
        assertThat(headers).containsExactly(new HeaderAssertion("Content-Type", "^application/json"));
        assertThat(MonitorInput.formatJsonPaths(paths)).isEqualTo("$.status = ok\n$.items.length() = 3");
        assertThat(MonitorInput.statuses("204, 200 301")).containsExactly(204, 200, 301);
        assertThat(MonitorInput.formatStatuses(MonitorInput.statuses("204,200"))).isEqualTo("200, 204");
    }

    @Test
    void a_status_that_is_not_a_number_is_refused_on_the_statuses_field() {
        assertThatThrownBy(() -> MonitorInput.statuses("200, OK")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("assertions.expectedStatuses"));
    }

}
