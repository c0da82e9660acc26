/**
 * Service notices for clients, the status-page habits on top of incidents and
 * maintenance: owns the table {@code status_feed} (the secret, revocable Atom feed of
 * each client, {@code /feeds/{token}.atom}), {@code notice_subscription} and
 * {@code notice_mail} (client users' e-mail subscriptions and their outbox, delivered by
 * the db-scheduler task {@code notice-mail-delivery}; one-click unsubscribe at
 * {@code /unsubscribe/{token}}) and the portal view {@code portal/notifications}. Its API
 * is {@link io.plumbline.notices.FeedService},
 * {@link io.plumbline.notices.SubscriptionService} and
 * {@link io.plumbline.notices.NoticeEvent}. It listens to the incident and sla modules'
 * publication events. It reads incidents and announced maintenance only through the
 * {@code incident} and {@code sla} modules' services, in the tenant the feed token names.
 */
package io.plumbline.notices;
