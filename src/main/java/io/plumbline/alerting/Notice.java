package io.plumbline.alerting;

import java.util.List;

/**
 * What a notification says, rendered once when it is queued: e-mail subject and text, and
 * the JSON document.
 */
record Notice(String subject, String body, String payload, List<AlertId> alerts) {
}
