/**
 * Incidents of a client: opened by hand or from alerts, a timeline of milestones with who
 * and when, the root cause, internal notes, and a client-facing summary the portal shows
 * once published; time to detect and to resolve; SLA compliance before and after the fix.
 */
package io.plumbline.incident;
