package io.plumbline.alerting;

/**
 * GENERIC_JSON: our own document (docs/alerting.md); SLACK: an incoming-webhook message
 * with text and blocks.
 */
public enum WebhookFormat {

    GENERIC_JSON, SLACK

}
