package io.plumbline.shared;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules of an outbox row's send claim (alert notifications, scheduled report mail).
 * An attempt claims its row in one short transaction, sends with no transaction open, and
 * records the outcome in a second one that clears the claim. A claim protects the row for
 * as long as db-scheduler takes to declare a silent node's execution dead (heartbeat
 * interval × missed heartbeats, 60 s): a younger claim belongs to a send under way, so a
 * second caller leaves the row alone; an older one was cut short (the node died between
 * sending and recording), and the row is sent again with the same Message-ID or delivery
 * key.
 */
@Component
public class SendClaims {

    private final String node;

    private final Duration lease;

    @Autowired
    SendClaims(@Value("${db-scheduler.scheduler-name:plumbline}") String node,
            @Value("${db-scheduler.heartbeat-interval:15s}") Duration heartbeat,
            @Value("${db-scheduler.missed-heartbeats-limit:4}") int missedHeartbeats) {
        this(node, heartbeat.multipliedBy(missedHeartbeats));
    }

    public SendClaims(String node, Duration lease) {
        this.node = node;
        this.lease = lease;
    }

    /** This node's name, written into the claims it makes. */
    public String node() {
        return node;
    }

    /** True while a claim made at {@code claimedAt} still belongs to a send under way. */
    public boolean live(Instant claimedAt, Instant now) {
        return claimedAt != null && expiry(claimedAt).isAfter(now);
    }

    /** When a claim made at {@code claimedAt} stops protecting its row. */
    public Instant expiry(Instant claimedAt) {
        return claimedAt.plus(lease);
    }

    /**
     * The note for the delivery log when a claim is taken over: the earlier attempt may
     * have reached the server.
     */
    public static String interrupted(String claimedBy, Instant claimedAt) {
        return "An attempt by %s at %s was cut short before its outcome was recorded; sent again with the same id"
            .formatted(claimedBy, claimedAt);
    }

}
