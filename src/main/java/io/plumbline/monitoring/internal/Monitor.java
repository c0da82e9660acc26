package io.plumbline.monitoring.internal;

import io.plumbline.monitoring.MonitorId;
import io.plumbline.monitoring.MonitorStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A monitor row; secrets and JSON columns stay opaque here, {@link MonitorCodec} reads
 * and writes them.
 */
@Entity
@Table(name = "monitor")
public class Monitor {

    @Id
    UUID id;

    @Column(name = "agency_id")
    UUID agencyId;

    @Column(name = "client_id")
    UUID clientId;

    @Column(name = "integration_id")
    UUID integrationId;

    String name;

    String method;

    String url;

    @Column(name = "headers_encrypted")
    String headersEncrypted;

    @Column(name = "body_encrypted")
    String bodyEncrypted;

    @Column(name = "interval_seconds")
    int intervalSeconds;

    @Column(name = "timeout_ms")
    int timeoutMs;

    String assertions;

    @Column(name = "retry_max_attempts")
    int retryMaxAttempts;

    @Column(name = "retry_initial_backoff_ms")
    int retryInitialBackoffMs;

    @Column(name = "retry_max_backoff_ms")
    int retryMaxBackoffMs;

    boolean enabled;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "last_checked_at")
    Instant lastCheckedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome")
    MonitorStatus lastOutcome;

    @Column(name = "last_result")
    String lastResult;

    protected Monitor() {
    }

    public Monitor(UUID id, UUID agencyId, Instant createdAt) {
        this.id = id;
        this.agencyId = agencyId;
        this.createdAt = createdAt;
    }

    public MonitorId monitorId() {
        return new MonitorId(id);
    }

    public UUID clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

}
