package io.plumbline.survey;

/**
 * Which fields of a Typeform form hold the NPS score, the CSAT score and the comment,
 * each named by the field's ref or its title (case-insensitive); null = recognised
 * automatically (NPS: the {@code nps} field; CSAT: a rating or opinion-scale field or a
 * ref containing "csat"; comment: the long-text field, else a text field whose title or
 * ref contains "comment", "why" or "feedback").
 */
public record WebhookFields(String nps, String csat, String comment) {

    public static final WebhookFields AUTOMATIC = new WebhookFields(null, null, null);

    public WebhookFields {
        nps = blankToNull(nps);
        csat = blankToNull(csat);
        comment = blankToNull(comment);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
