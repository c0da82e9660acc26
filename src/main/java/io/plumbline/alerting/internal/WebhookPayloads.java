package io.plumbline.alerting.internal;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies of webhook notices. GENERIC_JSON is our own document, fixed when the notice is
 * queued; SLACK is an incoming- webhook message: {@code text} (the fallback shown in
 * notifications) plus a header and a section block.
 */
public final class WebhookPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Slack cuts section text at 3,000 characters. */
    private static final int SLACK_SECTION_LIMIT = 3000;

    /** Slack header blocks take at most 150 characters of plain text. */
    private static final int SLACK_HEADER_LIMIT = 150;

    private WebhookPayloads() {
    }

    public static String json(Object document) {
        return JSON.writeValueAsString(document);
    }

    public static String slack(String subject, String body) {
        return json(Map.of("text", subject, "blocks", List.of(
                Map.of("type", "header", "text",
                        Map.of("type", "plain_text", "text", cut(subject, SLACK_HEADER_LIMIT))),
                Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", cut(body, SLACK_SECTION_LIMIT))))));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
