package io.plumbline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.plumbline.monitoring.internal.SpecialPurposeAddresses;
import io.plumbline.monitoring.internal.SpecialPurposeAddresses.Block;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classification only: every address comes from an injected resolver and nothing is ever
 * sent anywhere.
 */
class OutboundUrlGuardTest {

    private static final URI API = URI.create("https://api.example.test/health");

    private static OutboundUrlGuard resolvingTo(String... addresses) {
        return new OutboundUrlGuard(host -> Arrays.stream(addresses).map(InetAddress::ofLiteral).toList());
    }

    private static final OutboundUrlGuard MUST_NOT_RESOLVE = new OutboundUrlGuard(host -> {
        throw new AssertionError("The guard resolved " + host);
    });

    /**
     * One address in every block of the table, written out by hand from the IANA
     * registries (not derived from the table), with the words the refusal must carry.
     * Where a block holds a more specific one, the address avoids it.
     */
    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    0.1.2.3             | 0.0.0.0/8, This network (RFC 791)
                    0.0.0.0             | 0.0.0.0/32, This host on this network (RFC 1122)
                    10.1.2.3            | 10.0.0.0/8, Private-Use (RFC 1918)
                    100.64.0.1          | 100.64.0.0/10, Shared Address Space (carrier-grade NAT) (RFC 6598)
                    127.0.0.1           | 127.0.0.0/8, Loopback (RFC 1122)
                    169.254.10.1        | 169.254.0.0/16, Link Local (RFC 3927)
                    172.20.0.1          | 172.16.0.0/12, Private-Use (RFC 1918)
                    192.0.0.100         | 192.0.0.0/24, IETF Protocol Assignments (RFC 6890)
                    192.0.0.1           | 192.0.0.0/29, IPv4 Service Continuity Prefix (RFC 7335)
                    192.0.0.8           | 192.0.0.8/32, IPv4 dummy address (RFC 7600)
                    192.0.0.170         | 192.0.0.170/32, NAT64/DNS64 Discovery (RFC 8880)
                    192.0.0.171         | 192.0.0.171/32, NAT64/DNS64 Discovery (RFC 8880)
                    192.0.2.10          | 192.0.2.0/24, Documentation (TEST-NET-1) (RFC 5737)
                    192.88.99.1         | 192.88.99.0/24, Deprecated (6to4 Relay Anycast) (RFC 7526)
                    192.168.1.1         | 192.168.0.0/16, Private-Use (RFC 1918)
                    198.18.0.1          | 198.18.0.0/15, Benchmarking (RFC 2544)
                    198.19.255.254      | 198.18.0.0/15, Benchmarking (RFC 2544)
                    198.51.100.7        | 198.51.100.0/24, Documentation (TEST-NET-2) (RFC 5737)
                    203.0.113.9         | 203.0.113.0/24, Documentation (TEST-NET-3) (RFC 5737)
                    240.0.0.1           | 240.0.0.0/4, Reserved (RFC 1112)
                    255.255.255.255     | 255.255.255.255/32, Limited Broadcast (RFC 919)
                    224.0.0.251         | 224.0.0.0/4, Multicast (RFC 5771)
                    ::1                 | ::1/128, Loopback Address (RFC 4291)
                    ::                  | ::/128, Unspecified Address (RFC 4291)
                    ::a01:203           | ::/96, IPv4-compatible Address (deprecated) (RFC 4291) and reaches 10.1.2.3, in 10.0.0.0/8, Private-Use (RFC 1918)
                    64:ff9b::a01:203    | 64:ff9b::/96, IPv4-IPv6 Translation (NAT64) (RFC 6052) and reaches 10.1.2.3, in 10.0.0.0/8, Private-Use (RFC 1918)
                    64:ff9b::c612:1     | 64:ff9b::/96, IPv4-IPv6 Translation (NAT64) (RFC 6052) and reaches 198.18.0.1, in 198.18.0.0/15, Benchmarking (RFC 2544)
                    64:ff9b:1::1        | 64:ff9b:1::/48, IPv4-IPv6 Translation (local use) (RFC 8215)
                    100::1              | 100::/64, Discard-Only Address Block (RFC 6666)
                    100:0:0:1::1        | 100:0:0:1::/64, Dummy IPv6 Prefix (RFC 9780)
                    2001:100::1         | 2001::/23, IETF Protocol Assignments (RFC 2928)
                    2001:0:4136:e378::1 | 2001::/32, Teredo (RFC 4380)
                    2001:2::1           | 2001:2::/48, Benchmarking (RFC 5180)
                    2001:10::1          | 2001:10::/28, Deprecated (previously ORCHID) (RFC 4843)
                    2001:db8::1         | 2001:db8::/32, Documentation (RFC 3849)
                    2002:c0a8:101::1    | 2002::/16, 6to4 (RFC 3056)
                    3fff::1             | 3fff::/20, Documentation (RFC 9637)
                    5f00::1             | 5f00::/16, Segment Routing (SRv6) SIDs (RFC 9602)
                    fc00::1             | fc00::/7, Unique-Local (RFC 4193)
                    fd12:3456::1        | fc00::/7, Unique-Local (RFC 4193)
                    fe80::1             | fe80::/10, Link-Local Unicast (RFC 4291)
                    fec0::1             | fec0::/10, Site-Local (deprecated) (RFC 3879)
                    ff02::1             | ff00::/8, Multicast (RFC 4291)
                    """)
    void every_address_that_is_not_globally_reachable_is_refused_with_its_block_and_rfc(String address, String block) {
        assertThat(resolvingTo(address).refusalReason(API, List.of()))
            .hasValue(("api.example.test resolves to %s, which is in %s; "
                    + "an agency admin can allow-list it for self-hosted APIs.")
                .formatted(address, block));
    }

    @ParameterizedTest(name = "{0} is never allowed: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            169.254.169.254  | 169.254.169.254/32, Cloud instance metadata
            169.254.170.2    | 169.254.170.2/32, AWS ECS task credentials
            100.100.100.200  | 100.100.100.200/32, Alibaba Cloud instance metadata
            fd00:ec2::254    | fd00:ec2::254/128, AWS instance metadata
            """)
    void cloud_metadata_addresses_are_refused_even_when_their_whole_range_is_allow_listed(String address,
            String block) {
        assertThat(resolvingTo(address).refusalReason(API, List.of("api.example.test", "0.0.0.0/0", "::/0")))
            .hasValueSatisfying(reason -> assertThat(reason).contains(block).endsWith("it can never be monitored."));
    }

    /**
     * Globally reachable per IANA, some inside a refused block: the most specific block
     * decides.
     */
    @ParameterizedTest
    @ValueSource(strings = { "93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "100.128.0.1", "172.32.0.1",
            "198.20.0.1", "192.0.0.9", "192.0.0.10", "192.31.196.1", "192.52.193.1", "192.175.48.1", "64:ff9b::808:808",
            "2001:1::1", "2001:1::2", "2001:1::3", "2001:3::1", "2001:4:112::1", "2001:20::1", "2001:30::1",
            "2620:4f:8000::1" })
    void globally_reachable_addresses_are_accepted(String address) {
        assertThat(resolvingTo(address).refusalReason(API, List.of())).isEmpty();
    }

    @Test
    void every_block_of_the_table_has_an_address_in_these_tests() throws Exception {
        List<String> samples = new ArrayList<>();
        for (var method : List.of("every_address_that_is_not_globally_reachable_is_refused_with_its_block_and_rfc",
                "cloud_metadata_addresses_are_refused_even_when_their_whole_range_is_allow_listed")) {
            CsvSource source = getClass().getDeclaredMethod(method, String.class, String.class)
                .getAnnotation(CsvSource.class);
            source.textBlock().lines().map(line -> line.split("\\|")[0].strip()).forEach(samples::add);
        }
        samples.addAll(List.of(getClass().getDeclaredMethod("globally_reachable_addresses_are_accepted", String.class)
            .getAnnotation(ValueSource.class)
            .strings()));
        // The JDK turns IPv4-mapped addresses into IPv4 ones;
        // an_ipv4_mapped_address_is_judged_by… covers that block.
        samples.add("::ffff:10.1.2.3");

        Set<Block> covered = samples.stream()
            .flatMap(a -> SpecialPurposeAddresses.blockOf(new IPAddressString(a).getAddress()).stream())
            .collect(Collectors.toSet());

        assertThat(SpecialPurposeAddresses.table()).allSatisfy(block -> assertThat(covered).contains(block));
    }

    @Test
    void an_ipv4_mapped_address_is_judged_by_the_ipv4_address_it_carries() {
        assertThat(resolvingTo("::ffff:127.0.0.1").refusalReason(API, List.of()))
            .hasValueSatisfying(reason -> assertThat(reason).contains("127.0.0.0/8, Loopback (RFC 1122)"));
        assertThat(resolvingTo("::ffff:8.8.8.8").refusalReason(API, List.of())).isEmpty();
        IPAddress mapped = new IPAddressString("::ffff:10.1.2.3").getAddress();
        assertThat(SpecialPurposeAddresses.blockOf(mapped))
            .hasValueSatisfying(block -> assertThat(block.name()).isEqualTo("IPv4-mapped Address"));
        assertThat(SpecialPurposeAddresses.embeddedIpv4(mapped).toString()).isEqualTo("10.1.2.3");
    }

    @Test
    void a_nat64_address_passes_when_its_ipv4_address_or_itself_is_allow_listed() {
        assertThat(resolvingTo("64:ff9b::a01:203").refusalReason(API, List.of("10.0.0.0/8"))).isEmpty();
        assertThat(resolvingTo("64:ff9b::a01:203").refusalReason(API, List.of("64:ff9b::/96"))).isEmpty();
        assertThat(resolvingTo("64:ff9b::a01:203").refusalReason(API, List.of("192.168.0.0/16"))).isPresent();
    }

    @Test
    void benchmarking_test_net_and_6to4_addresses_pass_once_allow_listed() {
        assertThat(resolvingTo("198.18.0.1").refusalReason(API, List.of("198.18.0.0/15"))).isEmpty();
        assertThat(resolvingTo("203.0.113.9").refusalReason(API, List.of("api.example.test"))).isEmpty();
        assertThat(resolvingTo("2002:c0a8:101::1").refusalReason(API, List.of("2002::/16"))).isEmpty();
    }

    @Test
    void the_guard_hands_back_the_addresses_it_approved() {
        assertThat(resolvingTo("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946").decide(API, List.of()))
            .isEqualTo(new OutboundUrlGuard.Allowed(List.of(InetAddress.ofLiteral("93.184.216.34"),
                    InetAddress.ofLiteral("2606:2800:220:1:248:1893:25c8:1946"))));
        assertThat(resolvingTo("10.0.0.1").decide(API, List.of())).isInstanceOf(OutboundUrlGuard.Refused.class);
    }

    @Test
    void a_host_is_refused_if_any_of_its_addresses_is_restricted() {
        assertThat(resolvingTo("93.184.216.34", "10.0.0.5").refusalReason(API, List.of()))
            .contains("api.example.test resolves to 10.0.0.5, which is in 10.0.0.0/8, Private-Use (RFC 1918); "
                    + "an agency admin can allow-list it for self-hosted APIs.");
    }

    @Test
    void a_literal_address_is_named_as_typed() {
        URI loopback = URI.create("http://127.0.0.1:8080/status");

        assertThat(new OutboundUrlGuard(HostResolver.system()).refusalReason(loopback, List.of())).contains(
                "127.0.0.1 is in 127.0.0.0/8, Loopback (RFC 1122); an agency admin can allow-list it for self-hosted APIs.");
    }

    @Test
    void an_ipv6_literal_is_refused_without_its_brackets_in_the_reason() {
        assertThat(new OutboundUrlGuard(HostResolver.system()).refusalReason(URI.create("http://[::1]/"), List.of()))
            .contains(
                    "::1 is in ::1/128, Loopback Address (RFC 4291); an agency admin can allow-list it for self-hosted APIs.");
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
    @ValueSource(strings = { "ftp://files.example.test/report.csv", "file:///etc/passwd", "gopher://example.test/" })
    void only_http_and_https_are_accepted(String url) {
        assertThat(MUST_NOT_RESOLVE.refusalReason(URI.create(url), List.of("files.example.test")))
            .contains("Only http and https URLs can be monitored.");
    }

}
