package io.plumbline.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class HostPatternTest {

    @Test
    void what_people_type_is_normalised_to_host_and_path_prefix() {
        assertThat(HostPattern.parse("api.hubapi.com", "hosts")).isEqualTo(new HostPattern("api.hubapi.com", ""));
        assertThat(HostPattern.parse(" https://API.HubAPI.com:443/crm/v3/?x=1 ", "hosts"))
            .isEqualTo(new HostPattern("api.hubapi.com", "/crm/v3"));
        assertThat(HostPattern.parse("api.hubapi.com/crm/", "hosts").toString()).isEqualTo("api.hubapi.com/crm");
    }

    @Test
    void a_prefix_matches_whole_path_segments_only() {
        HostPattern crm = new HostPattern("api.example.com", "/crm");

        assertThat(crm.matches("api.example.com", "/crm")).isTrue();
        assertThat(crm.matches("api.example.com", "/crm/v3/contacts")).isTrue();
        assertThat(crm.matches("api.example.com", "/crmx")).isFalse();
        assertThat(crm.matches("api.example.com", null)).isFalse();
        assertThat(crm.matches("other.example.com", "/crm")).isFalse();
        assertThat(new HostPattern("api.example.com", "").matches("api.example.com", null)).isTrue();
    }

    @Test
    void lines_that_are_no_host_are_refused_naming_the_line() {
        assertThat(HostPattern.parseLines("api.a.com\n\napi.b.com/x\napi.a.com", "hosts")).hasSize(2);
        assertThatThrownBy(() -> HostPattern.parseLines("api.a.com\nnot a host!", "hosts"))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("Line 2: ");
    }

    @Test
    void span_hosts_are_normalised_and_ip_v6_or_junk_is_no_host() {
        assertThat(HostPattern.normaliseHost("API.HubAPI.com.")).isEqualTo("api.hubapi.com");
        assertThat(HostPattern.normaliseHost("api.hubapi.com:8443")).isEqualTo("api.hubapi.com");
        assertThat(HostPattern.normaliseHost("[::1]")).isNull();
        assertThat(HostPattern.normaliseHost("a b")).isNull();
        assertThat(HostPattern.normaliseHost(null)).isNull();
    }

}
