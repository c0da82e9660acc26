/**
 * Sending e-mail over SMTP ({@code spring.mail.*}): one synchronous call per message,
 * attachments included. Callers own their durable queue and retries (alert notifications,
 * scheduled reports); without {@code spring.mail.host}
 * {@link io.plumbline.mail.MailService#configured()} is false and callers hold their mail
 * instead of losing it.
 */
package io.plumbline.mail;
