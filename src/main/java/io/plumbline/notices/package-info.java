/**
 * Service notices for clients, the status-page habits on top of incidents and
 * maintenance: owns the table {@code status_feed} (the secret, revocable Atom feed of
 * each client, {@code /feeds/{token}.atom}) and the portal view
 * {@code portal/notifications}. Its API is {@link io.plumbline.notices.FeedService} and
 * {@link io.plumbline.notices.NoticeEvent}. It reads incidents and announced maintenance
 * only through the {@code incident} and {@code sla} modules' services, in the tenant the
 * feed token names.
 */
package io.plumbline.notices;
