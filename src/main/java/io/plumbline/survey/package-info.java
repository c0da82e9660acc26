/**
 * Satisfaction surveys: owns the tables {@code survey_import}, {@code survey_response},
 * {@code survey_webhook}, {@code survey_settings} and {@code survey_pulse} (responses of
 * clients and of agency staff about a client, from CSV imports, signed webhooks
 * ({@code survey.web}), the portal pulse survey and the staff survey) and the views under
 * {@code satisfaction}, {@code settings/surveys} and {@code portal/satisfaction}. Its API
 * is {@link io.plumbline.survey.SurveyService},
 * {@link io.plumbline.survey.SurveyImportService},
 * {@link io.plumbline.survey.WebhookService} and
 * {@link io.plumbline.survey.SatisfactionService} (NPS and CSAT per client and period)
 * with their records and {@link io.plumbline.survey.SurveyEvent}. Entities, repositories,
 * the response store and the CSV and webhook helpers live in {@code survey.internal}.
 */
package io.plumbline.survey;
