package io.plumbline.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.survey.internal.WebhookPayloads;
import io.plumbline.survey.internal.WebhookPayloads.Delivered;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which Typeform answer is the comment and which the scores, without a Spring context.
 */
class TypeformPayloadTest {

    private static final String BODY = """
            {"event_type":"form_response","form_response":{"token":"t0k3n","submitted_at":"2026-11-20T10:00:41Z",
             "hidden":{"client":"Acme Retail"},
             "definition":{"fields":[
              {"id":"a","ref":"name","type":"short_text","title":"What's your first name?"},
              {"id":"b","ref":"score","type":"opinion_scale","title":"How likely are you to recommend us?"},
              {"id":"c","ref":"reason","type":"short_text","title":"Why did you give that score?"},
              {"id":"d","ref":"work_email","type":"email","title":"Your work e-mail"}]},
             "answers":[
              {"type":"text","text":"Dana","field":{"id":"a","type":"short_text","ref":"name"}},
              {"type":"number","number":8,"field":{"id":"b","type":"opinion_scale","ref":"score"}},
              {"type":"text","text":"Fast fixes, slow reports.","field":{"id":"c","type":"short_text","ref":"reason"}},
              {"type":"email","email":"dana@acme.example","field":{"id":"d","type":"email","ref":"work_email"}}]}}""";

    private final WebhookPayloads payloads = new WebhookPayloads(JsonMapper.builder().build());

    @Test
    void without_a_long_text_field_the_comment_is_the_text_field_titled_why_never_the_first_name() {
        // The NPS is an opinion scale here, so it is named; the comment stays automatic.
        Delivered delivered = read(new WebhookFields("How likely are you to recommend us?", null, null));

        assertThat(delivered.comment()).isEqualTo("Fast fixes, slow reports.");
        assertThat(delivered.nps()).isEqualTo(8);
    }

    @Test
    void a_field_named_by_title_is_the_nps_and_an_email_field_can_be_the_comment_by_ref() {
        Delivered delivered = read(new WebhookFields("How likely are you to recommend us?", null, "WORK_EMAIL"));

        assertThat(delivered.nps()).isEqualTo(8);
        assertThat(delivered.csat()).isNull();
        assertThat(delivered.comment()).isEqualTo("dana@acme.example");
    }

    @Test
    void a_chosen_field_the_respondent_skipped_gives_no_answer() {
        Delivered delivered = read(new WebhookFields("How likely are you to recommend us?", null, "feedback"));

        assertThat(delivered.comment()).isNull();
        assertThat(delivered.nps()).isEqualTo(8);
    }

    private Delivered read(WebhookFields fields) {
        return payloads.read(WebhookKind.TYPEFORM, BODY.getBytes(StandardCharsets.UTF_8), fields).getFirst();
    }

}
