/**
 * Satisfaction surveys: responses of clients (audience CLIENT) and of agency staff about
 * a client (INTERNAL), from CSV imports, webhooks, the portal pulse survey and the staff
 * survey; NPS and CSAT per client and period.
 */
package io.plumbline.survey;
