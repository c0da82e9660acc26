package io.plumbline.monitoring.internal;

import io.plumbline.monitoring.MonitorId;
import io.plumbline.monitoring.MonitorStatus;
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

    UUID agencyId;

    UUID clientId;

    UUID integrationId;

    String name;

    String method;

    String url;

    String headersEncrypted;

    String bodyEncrypted;

    int intervalSeconds;

    int timeoutMs;

    String assertions;

    int retryMaxAttempts;

    int retryInitialBackoffMs;

    int retryMaxBackoffMs;

    boolean enabled;

    Instant createdAt;

    Instant lastCheckedAt;

    @Enumerated(EnumType.STRING)
    MonitorStatus lastOutcome;

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
