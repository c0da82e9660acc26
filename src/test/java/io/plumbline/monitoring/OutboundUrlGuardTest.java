package io.plumbline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Classification only: every address comes from an injected resolver and nothing is ever sent anywhere. */
class OutboundUrlGuardTest {

    private static final URI API = URI.create("https://api.example.test/health");

    private static OutboundUrlGuard resolvingTo(String... addresses) {
        return new OutboundUrlGuard(host -> Arrays.stream(addresses).map(InetAddress::ofLiteral).toList());
    }

    private static final OutboundUrlGuard MUST_NOT_RESOLVE = new OutboundUrlGuard(host -> {
        throw new AssertionError("The guard resolved " + host);
    });

    @ParameterizedTest
    @CsvSource({
            "10.1.2.3, a private address",
            "172.20.0.1, a private address",
            "192.168.1.1, a private address",
            "169.254.169.254, a cloud metadata address",
            "169.254.10.1, a link-local address",
            "127.0.0.1, a loopback address",
            "::1, a loopback address",
            "fe80::1, a link-local address",
            "fc00::1, a private address",
            "fd12:3456::1, a private address",
            "fd00:ec2::254, a cloud metadata address",
            "100.64.0.1, a carrier-grade NAT address",
            "0.0.0.0, an unspecified address",
            "::, an unspecified address",
            "224.0.0.251, a multicast address",
            "ff02::1, a multicast address",
            "255.255.255.255, a reserved address",
            "64:ff9b::a01:203, a private address",
            "::ffff:127.0.0.1, a loopback address"})
    void restricted_addresses_are_refused_with_what_they_are(String address, String description) {
        assertThat(resolvingTo(address).refusalReason(API, List.of()))
                .hasValueSatisfying(reason -> assertThat(reason).contains(description));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "100.128.0.1", "172.32.0.1"})
    void public_addresses_are_accepted(String address) {
        assertThat(resolvingTo(address).refusalReason(API, List.of())).isEmpty();
    }

    @Test
    void a_host_is_refused_if_any_of_its_addresses_is_restricted() {
        assertThat(resolvingTo("93.184.216.34", "10.0.0.5").refusalReason(API, List.of())).contains(
                "api.example.test resolves to 10.0.0.5, a private address; "
                        + "an agency admin can allow-list it for self-hosted APIs.");
    }

    @Test
    void a_literal_address_is_named_as_typed() {
        URI loopback = URI.create("http://127.0.0.1:8080/status");

        assertThat(new OutboundUrlGuard(HostResolver.system()).refusalReason(loopback, List.of())).contains(
                "127.0.0.1 is a loopback address; an agency admin can allow-list it for self-hosted APIs.");
    }

    @Test
    void an_ipv6_literal_is_refused_without_its_brackets_in_the_reason() {
        assertThat(new OutboundUrlGuard(HostResolver.system()).refusalReason(URI.create("http://[::1]/"), List.of()))
                .contains("::1 is a loopback address; an agency admin can allow-list it for self-hosted APIs.");
    }

    @Test
    void the_exact_host_name_on_the_allow_list_admits_its_private_addresses() {
        OutboundUrlGuard guard = resolvingTo("10.1.2.3");

        assertThat(guard.refusalReason(API, List.of("API.example.test"))).isEmpty();
        assertThat(guard.refusalReason(API, List.of("example.test"))).isPresent();
    }

    @Test
    void a_cidr_on_the_allow_list_admits_only_the_addresses_it_contains() {
        assertThat(resolvingTo("10.1.2.3").refusalReason(API, List.of("10.0.0.0/8"))).isEmpty();
        assertThat(resolvingTo("10.1.2.3").refusalReason(API, List.of("10.2.0.0/16"))).isPresent();
        assertThat(resolvingTo("172.20.0.1").refusalReason(API, List.of("172.16.0.0/12"))).isEmpty();
        assertThat(resolvingTo("fc00::1").refusalReason(API, List.of("fc00::/7"))).isEmpty();
        assertThat(resolvingTo("fe80::1").refusalReason(API, List.of("fc00::/7"))).isPresent();
    }

    @Test
    void a_single_address_on_the_allow_list_is_a_range_of_one() {
        assertThat(resolvingTo("192.168.1.1").refusalReason(API, List.of("192.168.1.1"))).isEmpty();
        assertThat(resolvingTo("192.168.1.2").refusalReason(API, List.of("192.168.1.1"))).isPresent();
    }

    @Test
    void malformed_allow_list_entries_admit_nothing() {
        assertThat(resolvingTo("10.1.2.3").refusalReason(API, List.of("10.0.0.0/33", "10.0.0.0/x", "", "*")))
                .isPresent();
    }

    @Test
    void cloud_metadata_stays_refused_even_when_allow_listed() {
        assertThat(resolvingTo("169.254.169.254").refusalReason(API, List.of("api.example.test", "169.254.0.0/16")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("cloud metadata").contains("never"));
        assertThat(resolvingTo("fd00:ec2::254").refusalReason(API, List.of("fd00::/8"))).isPresent();
    }

    @Test
    void the_metadata_host_name_is_refused_without_resolving_it() {
        URI metadata = URI.create("http://metadata.google.internal/computeMetadata/v1/");

        assertThat(MUST_NOT_RESOLVE.refusalReason(metadata, List.of("metadata.google.internal")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("cloud metadata"));
    }

    @Test
    void an_unresolvable_host_is_refused() {
        OutboundUrlGuard guard = new OutboundUrlGuard(host -> {
            throw new UnknownHostException(host);
        });

        assertThat(guard.refusalReason(URI.create("https://nowhere.example.test/"), List.of()))
                .contains("The host nowhere.example.test could not be resolved.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://files.example.test/report.csv", "file:///etc/passwd", "gopher://example.test/"})
    void only_http_and_https_are_accepted(String url) {
        assertThat(MUST_NOT_RESOLVE.refusalReason(URI.create(url), List.of("files.example.test")))
                .contains("Only http and https URLs can be monitored.");
    }
}
