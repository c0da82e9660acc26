package io.plumbline.monitoring.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.monitoring.CheckDefinition;
import io.plumbline.monitoring.MonitorDetails;
import io.plumbline.monitoring.MonitorDraft;
import io.plumbline.monitoring.MonitorSummary;
import io.plumbline.monitoring.RetryPolicy;
import io.plumbline.shared.SecretCipher;
import io.plumbline.tenancy.ClientId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Between a monitor row and its records: encrypts headers and body on the way in,
 * decrypts them on the way out.
 */
@Component
public class MonitorCodec {

    private final SecretCipher cipher;

    MonitorCodec(SecretCipher cipher) {
        this.cipher = cipher;
    }

    public boolean canStoreSecrets() {
        return cipher.available();
    }

    public void apply(Monitor monitor, MonitorDraft draft, ClientId client) {
        CheckDefinition check = draft.check();
        monitor.clientId = client.value();
        monitor.integrationId = draft.integration().value();
        monitor.name = draft.name().strip();
        monitor.method = check.method();
        monitor.url = check.url().toString();
        monitor.headersEncrypted = check.headers().isEmpty() ? null
                : cipher.encrypt(MonitorJson.write(check.headers()), context(monitor, "headers"));
        monitor.bodyEncrypted = check.body() == null ? null : cipher.encrypt(check.body(), context(monitor, "body"));
        monitor.intervalSeconds = (int) draft.interval().toSeconds();
        monitor.timeoutMs = (int) check.timeout().toMillis();
        monitor.assertions = MonitorJson.write(check.assertions());
        monitor.retryMaxAttempts = check.retry().maxAttempts();
        monitor.retryInitialBackoffMs = (int) check.retry().initialBackoff().toMillis();
        monitor.retryMaxBackoffMs = (int) check.retry().maxBackoff().toMillis();
        monitor.enabled = draft.enabled();
    }

    CheckDefinition definition(Monitor monitor) {
        return new CheckDefinition(monitor.method, URI.create(monitor.url), headers(monitor),
                monitor.bodyEncrypted == null ? null : cipher.decrypt(monitor.bodyEncrypted, context(monitor, "body")),
                Duration.ofMillis(monitor.timeoutMs), MonitorJson.assertions(monitor.assertions),
                new RetryPolicy(monitor.retryMaxAttempts, Duration.ofMillis(monitor.retryInitialBackoffMs),
                        Duration.ofMillis(monitor.retryMaxBackoffMs)));
    }

    public MonitorDetails details(Monitor monitor) {
        return new MonitorDetails(monitor.monitorId(), new IntegrationId(monitor.integrationId),
                new ClientId(monitor.clientId), monitor.name, definition(monitor),
                Duration.ofSeconds(monitor.intervalSeconds), monitor.enabled, monitor.createdAt, monitor.lastCheckedAt,
                monitor.lastOutcome, monitor.lastResult == null ? null : MonitorJson.result(monitor.lastResult));
    }

    public MonitorSummary summary(Monitor monitor) {
        String lastMessage = monitor.lastResult == null ? null : MonitorJson.result(monitor.lastResult).message();
        return new MonitorSummary(monitor.monitorId(), new IntegrationId(monitor.integrationId),
                new ClientId(monitor.clientId), monitor.name, monitor.method, monitor.url,
                List.copyOf(headers(monitor).keySet()), monitor.bodyEncrypted != null,
                Duration.ofSeconds(monitor.intervalSeconds), monitor.enabled, monitor.lastCheckedAt,
                monitor.lastOutcome, lastMessage);
    }

    private Map<String, String> headers(Monitor monitor) {
        return monitor.headersEncrypted == null ? Map.of()
                : MonitorJson.headers(cipher.decrypt(monitor.headersEncrypted, context(monitor, "headers")));
    }

    /** Binds a ciphertext to its agency, row and column. */
    private static String context(Monitor monitor, String column) {
        return monitor.agencyId + "/" + monitor.id + "/" + column;
    }

}
