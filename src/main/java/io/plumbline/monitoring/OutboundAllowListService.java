package io.plumbline.monitoring;

import io.plumbline.monitoring.AllowListEvent.AllowListEntryAdded;
import io.plumbline.monitoring.AllowListEvent.AllowListEntryRemoved;
import io.plumbline.monitoring.internal.OutboundAllowListRepository;
import io.plumbline.monitoring.internal.OutboundAllowListRow;
import io.plumbline.monitoring.internal.SpecialPurposeAddresses;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's outbound allow-list: hosts and CIDR ranges of self-hosted APIs that
 * monitors may call although the {@link OutboundUrlGuard} refuses private, loopback,
 * link-local and other non-public addresses by default. Owners and admins keep it; cloud
 * metadata addresses stay refused whatever it says.
 */
@Service
public class OutboundAllowListService {

    // A DNS name or an IPv4/IPv6 literal; CIDR ranges are parsed by
    // SpecialPurposeAddresses.
    private static final Pattern HOST = Pattern
        .compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*" + "|[0-9a-f:.]+");

    private final OutboundAllowListRepository entries;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    OutboundAllowListService(OutboundAllowListRepository entries, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AllowListEntry> list() {
        TenantScope scope = Access.requireAgencyManager();
        return entries.findByAgencyIdOrderByEntryAsc(scope.agency().value())
            .stream()
            .map(OutboundAllowListRow::details)
            .toList();
    }

    @Transactional
    public AllowListEntry add(String entry) {
        TenantScope scope = Access.requireAgencyManager();
        String normalized = entry == null ? "" : entry.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty() || normalized.length() > 255 || !(HOST.matcher(normalized).matches()
                || SpecialPurposeAddresses.parseRange(normalized).isPresent())) {
            throw new InvalidInputException("entry",
                    "Enter a host name (api.internal.example), an address (10.0.0.5) or a CIDR range (10.0.0.0/24).");
        }
        if (entries.existsByAgencyIdAndEntry(scope.agency().value(), normalized)) {
            throw new InvalidInputException("entry", normalized + " is already on the list.");
        }
        String by = CurrentTenant.member().map(TenantMember::email).orElse("system");
        OutboundAllowListRow row = entries
            .save(new OutboundAllowListRow(scope.agency().value(), normalized, by, clock.instant()));
        events.publishEvent(new AllowListEntryAdded(scope.agency(), normalized));
        return row.details();
    }

    @Transactional
    public void remove(UUID id) {
        TenantScope scope = Access.requireAgencyManager();
        OutboundAllowListRow row = entries.findByAgencyIdAndId(scope.agency().value(), id)
            .orElseThrow(() -> new NotFoundException("No such allow-list entry"));
        entries.delete(row);
        events.publishEvent(new AllowListEntryRemoved(scope.agency(), row.entry()));
    }

    /**
     * The entries as the guard reads them, for outbound calls of the current agency
     * (monitor checks, alert webhooks); no role check, because background jobs use it.
     */
    @Transactional(readOnly = true)
    public List<String> entriesForCurrentAgency() {
        return entries.findByAgencyIdOrderByEntryAsc(CurrentTenant.require().agency().value())
            .stream()
            .map(OutboundAllowListRow::entry)
            .toList();
    }

}
