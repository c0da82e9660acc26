package io.plumbline.vendorstatus.internal;

import io.plumbline.vendorstatus.PageState;
import io.plumbline.vendorstatus.ProviderComponent;
import io.plumbline.vendorstatus.ProviderIncident;
import io.plumbline.vendorstatus.ProviderIncidentId;
import io.plumbline.vendorstatus.ProviderIncidentUpdate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code vendor_status_*} tables over JDBC. Every statement names the agency as well
 * (row-level security on PostgreSQL is the second wall); callers run inside a transaction
 * of the agency's scope.
 */
@Repository
public class VendorStatusStore {

    private final JdbcTemplate jdbc;

    VendorStatusStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page row with what a poll needs. */
    public record PageRow(UUID id, UUID agency, String baseUrl, String summaryEtag, String summaryLastModified,
            String incidentsEtag, String incidentsLastModified, int consecutiveFailures, PageState state,
            String pageUrl) {
    }

    public record LinkRow(UUID integration, UUID client, UUID page, String componentId, String componentName) {
    }

    public record Period(String componentId, String status, Instant from, Instant to) {
    }

    // ---- pages

    public Optional<UUID> pageByUrl(UUID agency, String baseUrl) {
        return jdbc
            .query("SELECT id FROM vendor_status_page WHERE agency_id = ? AND base_url = ?",
                    (rs, n) -> rs.getObject(1, UUID.class), agency, baseUrl)
            .stream()
            .findFirst();
    }

    public void insertPage(UUID id, UUID agency, String baseUrl, Instant now) {
        jdbc.update("INSERT INTO vendor_status_page (id, agency_id, base_url, consecutive_failures, next_poll_at, "
                + "created_at) VALUES (?, ?, ?, 0, ?, ?)", id, agency, baseUrl, ts(now), ts(now));
    }

    public Optional<PageRow> page(UUID agency, UUID id) {
        return jdbc
            .query("SELECT * FROM vendor_status_page WHERE agency_id = ? AND id = ?", VendorStatusStore::page, agency,
                    id)
            .stream()
            .findFirst();
    }

    public List<PageRow> pages(UUID agency) {
        return jdbc.query("SELECT * FROM vendor_status_page WHERE agency_id = ?", VendorStatusStore::page, agency);
    }

    private static PageRow page(ResultSet rs, int n) throws SQLException {
        PageState state = new PageState(rs.getString("page_name"), rs.getString("overall_indicator"),
                rs.getString("overall_description"), instant(rs, "last_polled_at"), instant(rs, "last_success_at"),
                rs.getString("last_error"), rs.getInt("consecutive_failures"), instant(rs, "next_poll_at"));
        return new PageRow(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("base_url"), rs.getString("summary_etag"), rs.getString("summary_last_modified"),
                rs.getString("incidents_etag"), rs.getString("incidents_last_modified"),
                rs.getInt("consecutive_failures"), state, rs.getString("page_url"));
    }

    public void recordFailure(UUID agency, UUID page, Instant now, String error, int failures, Instant next) {
        jdbc.update(
                "UPDATE vendor_status_page SET last_polled_at = ?, last_error = ?, consecutive_failures = ?, "
                        + "next_poll_at = ? WHERE agency_id = ? AND id = ?",
                ts(now), cut(error, 1000), failures, ts(next), agency, page);
    }

    public void recordSuccess(UUID agency, UUID page, Instant now, Instant next) {
        jdbc.update(
                "UPDATE vendor_status_page SET last_polled_at = ?, last_success_at = ?, last_error = NULL, "
                        + "consecutive_failures = 0, next_poll_at = ? WHERE agency_id = ? AND id = ?",
                ts(now), ts(now), ts(next), agency, page);
    }

    public void storeSummaryHead(UUID agency, UUID page, String name, String url, String indicator, String description,
            String etag, String lastModified) {
        jdbc.update("UPDATE vendor_status_page SET page_name = ?, page_url = ?, overall_indicator = ?, "
                + "overall_description = ?, summary_etag = ?, summary_last_modified = ? WHERE agency_id = ? AND id = ?",
                cut(name, 300), cut(url, 500), cut(indicator, 40), cut(description, 300), cut(etag, 500),
                cut(lastModified, 100), agency, page);
    }

    public void storeIncidentsValidators(UUID agency, UUID page, String etag, String lastModified) {
        jdbc.update("UPDATE vendor_status_page SET incidents_etag = ?, incidents_last_modified = ? "
                + "WHERE agency_id = ? AND id = ?", cut(etag, 500), cut(lastModified, 100), agency, page);
    }

    public int linksOf(UUID agency, UUID page) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM vendor_status_link WHERE agency_id = ? AND page_id = ?", Integer.class, agency,
                page);
        return count == null ? 0 : count;
    }

    public void deletePage(UUID agency, UUID page) {
        jdbc.update("DELETE FROM vendor_status_cause WHERE agency_id = ? AND provider_incident_id IN "
                + "(SELECT id FROM vendor_status_incident WHERE page_id = ?)", agency, page);
        for (String table : List.of("vendor_status_incident_update", "vendor_status_incident_component")) {
            jdbc.update("DELETE FROM " + table
                    + " WHERE agency_id = ? AND incident_id IN (SELECT id FROM vendor_status_incident WHERE page_id = ?)",
                    agency, page);
        }
        for (String table : List.of("vendor_status_incident", "vendor_status_component_period",
                "vendor_status_component")) {
            jdbc.update("DELETE FROM " + table + " WHERE agency_id = ? AND page_id = ?", agency, page);
        }
        jdbc.update("DELETE FROM vendor_status_page WHERE agency_id = ? AND id = ?", agency, page);
    }

    // ---- links

    public void saveLink(UUID agency, LinkRow link, String by, Instant now) {
        int changed = jdbc.update(
                "UPDATE vendor_status_link SET page_id = ?, component_id = ?, component_name = ?, "
                        + "configured_by = ?, configured_at = ? WHERE agency_id = ? AND integration_id = ?",
                link.page(), link.componentId(), cut(link.componentName(), 300), by, ts(now), agency,
                link.integration());
        if (changed == 0) {
            jdbc.update(
                    "INSERT INTO vendor_status_link (integration_id, agency_id, client_id, page_id, component_id, "
                            + "component_name, configured_by, configured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    link.integration(), agency, link.client(), link.page(), link.componentId(),
                    cut(link.componentName(), 300), by, ts(now));
        }
    }

    public void deleteLink(UUID agency, UUID integration) {
        jdbc.update("DELETE FROM vendor_status_link WHERE agency_id = ? AND integration_id = ?", agency, integration);
    }

    public Optional<LinkRow> link(UUID agency, UUID integration) {
        return jdbc
            .query("SELECT * FROM vendor_status_link WHERE agency_id = ? AND integration_id = ?",
                    VendorStatusStore::link, agency, integration)
            .stream()
            .findFirst();
    }

    public List<LinkRow> links(UUID agency) {
        return jdbc.query("SELECT * FROM vendor_status_link WHERE agency_id = ?", VendorStatusStore::link, agency);
    }

    private static LinkRow link(ResultSet rs, int n) throws SQLException {
        return new LinkRow(rs.getObject("integration_id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("page_id", UUID.class), rs.getString("component_id"), rs.getString("component_name"));
    }

    // ---- components

    public List<ProviderComponent> components(UUID agency, UUID page) {
        return jdbc.query(
                "SELECT * FROM vendor_status_component WHERE agency_id = ? AND page_id = ? ORDER BY group_name, name",
                (rs, n) -> new ProviderComponent(rs.getString("external_id"), rs.getString("name"),
                        rs.getString("group_name"), rs.getString("status"), instant(rs, "updated_at")),
                agency, page);
    }

    public void saveComponent(UUID agency, UUID page, ProviderComponent component, boolean known) {
        if (known) {
            jdbc.update(
                    "UPDATE vendor_status_component SET name = ?, group_name = ?, status = ?, updated_at = ? "
                            + "WHERE agency_id = ? AND page_id = ? AND external_id = ?",
                    cut(component.name(), 300), cut(component.group(), 300), cut(component.status(), 40),
                    ts(component.updatedAt()), agency, page, component.externalId());
        }
        else {
            jdbc.update(
                    "INSERT INTO vendor_status_component (page_id, external_id, agency_id, name, group_name, "
                            + "status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    page, component.externalId(), agency, cut(component.name(), 300), cut(component.group(), 300),
                    cut(component.status(), 40), ts(component.updatedAt()));
        }
    }

    public void openPeriod(UUID agency, UUID page, String component, String status, Instant from) {
        jdbc.update(
                "INSERT INTO vendor_status_component_period (id, page_id, agency_id, external_id, status, "
                        + "started_at) VALUES (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), page, agency, component, cut(status, 40), ts(from));
    }

    public void closePeriods(UUID agency, UUID page, String component, Instant to) {
        jdbc.update("UPDATE vendor_status_component_period SET ended_at = ? WHERE agency_id = ? AND page_id = ? "
                + "AND external_id = ? AND ended_at IS NULL", ts(to), agency, page, component);
    }

    /** Periods of this component (any, if null) that overlap [from, to). */
    public List<Period> periods(UUID agency, UUID page, String component, Instant from, Instant to) {
        List<Object> arguments = new ArrayList<>(List.of(agency, page, ts(to), ts(from)));
        String sql = "SELECT * FROM vendor_status_component_period WHERE agency_id = ? AND page_id = ? "
                + "AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)";
        if (component != null) {
            sql += " AND external_id = ?";
            arguments.add(component);
        }
        return jdbc.query(sql + " ORDER BY started_at", (rs, n) -> new Period(rs.getString("external_id"),
                rs.getString("status"), instant(rs, "started_at"), instant(rs, "ended_at")), arguments.toArray());
    }

    // ---- incidents

    public Optional<UUID> incidentByExternalId(UUID agency, UUID page, String externalId) {
        return jdbc
            .query("SELECT id FROM vendor_status_incident WHERE agency_id = ? AND page_id = ? AND external_id = ?",
                    (rs, n) -> rs.getObject(1, UUID.class), agency, page, externalId)
            .stream()
            .findFirst();
    }

    public UUID saveIncident(UUID agency, UUID page, StatuspageFeed.Incident incident) {
        Optional<UUID> known = incidentByExternalId(agency, page, incident.id());
        UUID id = known.orElseGet(UUID::randomUUID);
        if (known.isPresent()) {
            jdbc.update(
                    "UPDATE vendor_status_incident SET name = ?, impact = ?, status = ?, started_at = ?, "
                            + "resolved_at = ?, shortlink = ?, updated_at = ? WHERE agency_id = ? AND id = ?",
                    cut(incident.name(), 500), cut(incident.impact(), 20), cut(incident.status(), 40),
                    ts(incident.startedAt()), ts(incident.resolvedAt()), cut(incident.shortlink(), 500),
                    ts(incident.updatedAt()), agency, id);
        }
        else {
            jdbc.update(
                    "INSERT INTO vendor_status_incident (id, page_id, agency_id, external_id, name, impact, status, "
                            + "started_at, resolved_at, shortlink, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, page, agency, cut(incident.id(), 100), cut(incident.name(), 500), cut(incident.impact(), 20),
                    cut(incident.status(), 40), ts(incident.startedAt()), ts(incident.resolvedAt()),
                    cut(incident.shortlink(), 500), ts(incident.updatedAt()));
        }
        jdbc.update("DELETE FROM vendor_status_incident_component WHERE agency_id = ? AND incident_id = ?", agency, id);
        for (StatuspageFeed.AffectedComponent component : incident.components()) {
            jdbc.update("INSERT INTO vendor_status_incident_component (incident_id, external_id, agency_id, name) "
                    + "VALUES (?, ?, ?, ?)", id, cut(component.id(), 100), agency, cut(component.name(), 300));
        }
        jdbc.update("DELETE FROM vendor_status_incident_update WHERE agency_id = ? AND incident_id = ?", agency, id);
        for (StatuspageFeed.Update update : incident.updates()) {
            jdbc.update(
                    "INSERT INTO vendor_status_incident_update (incident_id, external_id, agency_id, status, body, "
                            + "display_at) VALUES (?, ?, ?, ?, ?, ?)",
                    id, cut(update.id(), 100), agency, cut(update.status(), 40), cut(update.body(), 10000),
                    ts(update.at()));
        }
        return id;
    }

    /**
     * Incidents of the page that overlap [from, to) (still open ones up to now), with the
     * ids of their components, oldest first.
     */
    public List<StoredIncident> incidents(UUID agency, UUID page, Instant from, Instant to) {
        List<StoredIncident> found = jdbc.query(
                "SELECT i.*, p.page_name, p.base_url FROM vendor_status_incident i JOIN vendor_status_page p "
                        + "ON p.id = i.page_id WHERE i.agency_id = ? AND i.page_id = ? AND i.started_at < ? "
                        + "AND (i.resolved_at IS NULL OR i.resolved_at > ?) ORDER BY i.started_at",
                VendorStatusStore::incident, agency, page, ts(to), ts(from));
        return withDetails(agency, found);
    }

    public Optional<StoredIncident> incident(UUID agency, UUID id) {
        List<StoredIncident> found = jdbc.query(
                "SELECT i.*, p.page_name, p.base_url FROM vendor_status_incident i JOIN vendor_status_page p "
                        + "ON p.id = i.page_id WHERE i.agency_id = ? AND i.id = ?",
                VendorStatusStore::incident, agency, id);
        return withDetails(agency, found).stream().findFirst();
    }

    /** An incident with the ids of its affected components. */
    public record StoredIncident(ProviderIncident incident, UUID page, List<String> componentIds) {
    }

    private List<StoredIncident> withDetails(UUID agency, List<StoredIncident> found) {
        List<StoredIncident> complete = new ArrayList<>();
        for (StoredIncident stored : found) {
            UUID id = stored.incident().id().value();
            Map<String, String> components = new LinkedHashMap<>();
            jdbc.query("SELECT external_id, name FROM vendor_status_incident_component WHERE agency_id = ? "
                    + "AND incident_id = ? ORDER BY name", rs -> {
                        components.put(rs.getString(1), rs.getString(2));
                    }, agency, id);
            List<ProviderIncidentUpdate> updates = jdbc.query(
                    "SELECT status, body, display_at FROM vendor_status_incident_update WHERE agency_id = ? "
                            + "AND incident_id = ? ORDER BY display_at DESC",
                    (rs, n) -> new ProviderIncidentUpdate(rs.getString(1), rs.getString(2), instant(rs, "display_at")),
                    agency, id);
            ProviderIncident i = stored.incident();
            complete.add(new StoredIncident(
                    new ProviderIncident(i.id(), i.provider(), i.externalId(), i.name(), i.impact(), i.status(),
                            i.startedAt(), i.resolvedAt(), i.shortlink(), List.copyOf(components.values()), updates),
                    stored.page(), List.copyOf(components.keySet())));
        }
        return complete;
    }

    private static StoredIncident incident(ResultSet rs, int n) throws SQLException {
        String provider = rs.getString("page_name") == null ? rs.getString("base_url") : rs.getString("page_name");
        return new StoredIncident(new ProviderIncident(new ProviderIncidentId(rs.getObject("id", UUID.class)), provider,
                rs.getString("external_id"), rs.getString("name"), rs.getString("impact"), rs.getString("status"),
                instant(rs, "started_at"), instant(rs, "resolved_at"), rs.getString("shortlink"), List.of(), List.of()),
                rs.getObject("page_id", UUID.class), List.of());
    }

    // ---- causes

    public void cite(UUID agency, UUID incident, UUID providerIncident, String by, Instant now) {
        uncite(agency, incident);
        jdbc.update("INSERT INTO vendor_status_cause (incident_id, agency_id, provider_incident_id, cited_by, "
                + "cited_at) VALUES (?, ?, ?, ?, ?)", incident, agency, providerIncident, by, ts(now));
    }

    public void uncite(UUID agency, UUID incident) {
        jdbc.update("DELETE FROM vendor_status_cause WHERE agency_id = ? AND incident_id = ?", agency, incident);
    }

    public Optional<UUID> cited(UUID agency, UUID incident) {
        return jdbc
            .query("SELECT provider_incident_id FROM vendor_status_cause WHERE agency_id = ? AND incident_id = ?",
                    (rs, n) -> rs.getObject(1, UUID.class), agency, incident)
            .stream()
            .findFirst();
    }

    // ---- helpers

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

}
