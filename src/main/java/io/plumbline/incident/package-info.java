/**
 * Incidents of a client: owns the tables {@code incident}, {@code incident_integration},
 * {@code incident_timeline}, {@code incident_note} and {@code incident_alert} and the
 * views {@code incidents}, {@code incidents/:id} and {@code portal/incidents} (timeline,
 * root cause, internal notes, the client-facing summary; time to detect and to resolve;
 * SLA before and after the fix). Its API is {@link io.plumbline.incident.IncidentService}
 * with its ids, drafts and records and {@link io.plumbline.incident.IncidentEvent}.
 * Entities, repositories and the listener that opens and updates incidents from
 * {@code AlertEvent}s live in {@code incident.internal}.
 */
package io.plumbline.incident;
