package io.plumbline.survey;

/** The webhook endpoints an agency can enable; each has its own URL token and secret. */
public enum WebhookKind {

    TYPEFORM("Typeform", "typeform"), GENERIC("Generic JSON", "generic");

    private final String label;

    private final String path;

    WebhookKind(String label, String path) {
        this.label = label;
        this.path = path;
    }

    public String label() {
        return label;
    }

    /** The path segment: {@code /api/v1/surveys/webhooks/<path>/<token>}. */
    public String path() {
        return path;
    }

}
