/**
 * Reports: the branded client PDF report and the agency's executive PDF report, generated
 * on demand or on schedules (weekly, monthly, quarterly in a time zone), kept in an
 * archive and delivered by e-mail through a durable outbox. The module owns the tables
 * {@code report}, {@code report_document}, {@code report_schedule} and
 * {@code report_delivery} and the report views. Its API is
 * {@link io.plumbline.reporting.ReportService} and
 * {@link io.plumbline.reporting.ReportScheduleService} with their ids and records; rows,
 * repositories, db-scheduler tasks and the PDF rendering live in {@code internal}.
 */
package io.plumbline.reporting;
