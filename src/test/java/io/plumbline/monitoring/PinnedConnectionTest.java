package io.plumbline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinnedConnectionTest {

    @Test
    void the_pinned_uri_swaps_only_the_host_for_the_approved_address() {
        URI url = URI.create("https://user:p%40ss@api.example.test:8443/v1/health%2Fdeep?q=a%20b&x=1#top");

        assertThat(PinnedConnection.pinned(url, InetAddress.ofLiteral("203.0.113.7")))
            .hasToString("https://user:p%40ss@203.0.113.7:8443/v1/health%2Fdeep?q=a%20b&x=1");
        assertThat(PinnedConnection.pinned(URI.create("http://api.example.test"), InetAddress.ofLiteral("2001:db8::1")))
            .hasToString("http://[2001:db8:0:0:0:0:0:1]");
    }

    @Test
    void the_host_header_is_the_urls_host_with_its_port_only_if_it_names_one() {
        assertThat(PinnedConnection.hostHeader(URI.create("https://api.example.test/health")))
            .isEqualTo("api.example.test");
        assertThat(PinnedConnection.hostHeader(URI.create("http://api.example.test:8080/")))
            .isEqualTo("api.example.test:8080");
        assertThat(PinnedConnection.hostHeader(URI.create("http://[::1]:8080/"))).isEqualTo("[::1]:8080");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://api.example.test/", "https://api.example.test./", "https://my_api.example.test/",
            "https://127.0.0.1/", "https://[::1]/", "http://api.example.test/" })
    void a_client_can_be_made_for_any_host_a_url_may_carry(String url) {
        assertThatCode(() -> PinnedConnection.clientFor(URI.create(url), PinnedConnection.defaultTls()).build().close())
            .doesNotThrowAnyException();
    }

    @Test
    void the_test_jvm_lets_requests_carry_their_own_host_header_as_the_application_does() {
        assertThatCode(PinnedConnection::requireHostHeaderAllowed).doesNotThrowAnyException();
    }

}
