package io.plumbline.survey;

/**
 * Where a response came from; with the tool's response id it identifies the response, so
 * a re-import or a repeated webhook adds nothing. A Typeform response has the same id in
 * the CSV export ("#") and the webhook ("token").
 */
public enum ResponseSource {

    TYPEFORM("Typeform"), QUALTRICS("Qualtrics"), ZIGPOLL("Zigpoll"), CSV("CSV file"), WEBHOOK("Webhook"),
    PORTAL("Portal pulse survey"), STAFF("Staff survey");

    private final String label;

    ResponseSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
