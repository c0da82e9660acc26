package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertId;
import java.util.List;

/**
 * What a notification says, rendered once when it is queued: e-mail subject and text, and
 * the JSON document.
 */
public record Notice(String subject, String body, String payload, List<AlertId> alerts) {
}
