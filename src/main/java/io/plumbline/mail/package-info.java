/**
 * Sending e-mail over SMTP ({@code spring.mail.*}): owns no table; one synchronous call
 * per message, attachments included, and the {@code mail} health indicator
 * ({@code mail.internal.MailHealth}). Its API is {@link io.plumbline.mail.MailService}
 * with {@link io.plumbline.mail.OutgoingMail}, {@link io.plumbline.mail.MailAttachment}
 * and the exceptions {@link io.plumbline.mail.MailFailure} and
 * {@link io.plumbline.mail.MailBusy}; callers own their durable queue and retries, and
 * without {@code spring.mail.host} {@link io.plumbline.mail.MailService#configured()} is
 * false so they hold their mail.
 */
package io.plumbline.mail;
