/**
 * Reports: the branded client PDF report and the agency's executive PDF report, generated
 * on demand or on schedules (weekly, monthly, quarterly in a time zone), kept in an
 * archive, and delivered by e-mail through a durable outbox.
 */
package io.plumbline.reporting;
