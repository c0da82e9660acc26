package io.plumbline.notices.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.plumbline.incident.IncidentUpdate;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.integration.IntegrationId;
import io.plumbline.shared.format.Format;
import io.plumbline.sla.AnnouncedMaintenance;
import io.plumbline.tenancy.ClientDetails;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One client's notices as an Atom 1.0 document (RFC 4287), newest first: every published
 * update of an incident, a published summary that says more than the updates, and every
 * occurrence of announced maintenance the client may see. Entry ids are stable URNs (the
 * update's own id; name-based UUIDs for summaries and maintenance occurrences), so a feed
 * reader shows each notice once. Plain text content only, in the client's time zone.
 */
public final class AtomFeed {

    private final String baseUrl;

    private final String token;

    private final ClientDetails client;

    private final String agencyName;

    private final Map<IntegrationId, String> names;

    private final Instant now;

    public AtomFeed(String baseUrl, String token, ClientDetails client, String agencyName,
            Map<IntegrationId, String> names, Instant now) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
        this.client = client;
        this.agencyName = agencyName;
        this.names = names;
        this.now = now;
    }

    public String render(List<PublishedIncident> incidents, List<AnnouncedMaintenance> maintenance) {
        List<SyndEntry> entries = new ArrayList<>();
        for (PublishedIncident incident : incidents) {
            String affects = affects(incident.integrations());
            for (IncidentUpdate update : incident.updates()) {
                entries.add(entry("urn:uuid:" + update.id(), update.state().label() + ": " + incident.title(),
                        update.at(), update.at(), "/portal/incidents", update.text() + "\n\n" + update.state().meaning()
                                + " " + affects + "\nPosted " + when(update.at()) + "."));
            }
            incident.separateSummary()
                .ifPresent(summary -> entries.add(entry(nameUrn("summary:" + incident.id().value()),
                        "Summary: " + incident.title(), incident.publishedAt(), incident.publishedAt(),
                        "/portal/incidents", summary + "\n\n" + affects)));
        }
        for (AnnouncedMaintenance m : maintenance) {
            entries.add(entry(nameUrn("maintenance:" + m.occurrenceKey()), "Scheduled maintenance: " + m.name(),
                    m.visibleFrom(), m.visibleFrom(), "/portal/maintenance",
                    m.describe(client.timeZone()) + (m.recurring() ? ", repeats weekly" : "") + ".\n"
                            + (m.integration() == null ? "Affects all your integrations."
                                    : "Affects " + names.getOrDefault(m.integration(), "one integration") + ".")
                            + "\nDuring maintenance the integration may pause or slow down; "
                            + "that time does not count against your service levels."));
        }
        entries.sort(Comparator.comparing(SyndEntry::getUpdatedDate).reversed());

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setEncoding(StandardCharsets.UTF_8.name());
        feed.setUri(nameUrn("feed:" + client.id().value()));
        feed.setTitle(client.displayName() + ": incidents and maintenance");
        feed.setDescription("Service notices from " + agencyName + " for " + client.displayName());
        feed.setAuthor(agencyName);
        feed.setLinks(List.of(link("self", baseUrl + "/feeds/" + token + ".atom", "application/atom+xml"),
                link("alternate", baseUrl + "/portal/incidents", "text/html")));
        feed.setPublishedDate(
                Date.from(entries.isEmpty() ? client.createdAt() : entries.getFirst().getUpdatedDate().toInstant()));
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        }
        catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    private SyndEntry entry(String id, String title, Instant published, Instant updated, String path, String text) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(id);
        entry.setTitle(title);
        entry.setPublishedDate(Date.from(published));
        entry.setUpdatedDate(Date.from(updated));
        entry.setLink(baseUrl + path);
        entry.setAuthor(agencyName);
        SyndContent content = new SyndContentImpl();
        content.setType("text");
        content.setValue(text);
        entry.setContents(List.of(content));
        return entry;
    }

    private String affects(List<IntegrationId> integrations) {
        return integrations.isEmpty() ? ""
                : "Affects " + integrations.stream()
                    .map(id -> names.getOrDefault(id, "one integration"))
                    .collect(Collectors.joining(", ")) + ".";
    }

    private String when(Instant at) {
        return Format.dateTime(at, client.timeZone()) + " " + Format.zone(client.timeZone(), at);
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static String nameUrn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

}
