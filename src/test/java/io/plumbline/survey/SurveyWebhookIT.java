package io.plumbline.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.survey.SurveyFixtures.SampleClients;
import io.plumbline.survey.internal.WebhookSignatures;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class SurveyWebhookIT {

    private static final String TYPEFORM_BODY = """
            {"event_id":"01JD8X2R9K","event_type":"form_response","form_response":{"form_id":"lT4Z3j","token":"a3f9k2m8q1w7",
             "landed_at":"2026-11-20T09:58:02Z","submitted_at":"2026-11-20T10:00:41Z",
             "hidden":{"client":"Acme Retail","audience":"client"},
             "definition":{"id":"lT4Z3j","title":"Quarterly pulse","fields":[]},
             "answers":[
              {"type":"number","number":9,"field":{"id":"Gx1","type":"nps","ref":"nps"}},
              {"type":"number","number":4,"field":{"id":"Gx2","type":"rating","ref":"csat"}},
              {"type":"text","text":"Reports are on time now.","field":{"id":"Gx3","type":"long_text","ref":"comment"}}]}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyFixtures surveyFixtures;

    @Autowired
    WebhookService webhooks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    SampleClients clients;

    IssuedWebhookSecret typeform;

    IssuedWebhookSecret generic;

    @BeforeEach
    void anAgencyWithBothWebhooks() {
        agency = fixtures.anAgency();
        clients = surveyFixtures.sampleClients(agency);
        typeform = agency.scope().call(() -> webhooks.issueSecret(WebhookKind.TYPEFORM));
        generic = agency.scope().call(() -> webhooks.issueSecret(WebhookKind.GENERIC));
    }

    @Test
    void a_typeform_delivery_signed_with_the_agencys_secret_is_stored_once() throws Exception {
        String signature = WebhookSignatures.sign(WebhookKind.TYPEFORM, typeform.secret(), bytes(TYPEFORM_BODY));
        assertThat(signature).startsWith("sha256=").doesNotContain(" ");

        deliver(typeform, TYPEFORM_BODY, "Typeform-Signature", signature).andExpect(status().isOk())
            .andExpect(jsonPath("$.added").value(1));
        deliver(typeform, TYPEFORM_BODY, "Typeform-Signature", signature).andExpect(status().isOk())
            .andExpect(jsonPath("$.added").value(0))
            .andExpect(jsonPath("$.alreadyPresent").value(1));

        assertThat(stored(agency)).containsExactly("TYPEFORM a3f9k2m8q1w7 9 4");
    }

    @Test
    void the_signature_matches_typeforms_documented_base64_hmac() throws Exception {
        // HMAC-SHA256("secret", "{}") in base64, computed independently with openssl
        // (docs/surveys.md).
        assertThat(WebhookSignatures.sign(WebhookKind.TYPEFORM, "secret", bytes("{}")))
            .isEqualTo("sha256=dzJZAsrKgS3CWXM6rNBGtzgXNyx3e42VtAJkdHRRbhM=");
    }

    @Test
    void a_bad_or_missing_signature_is_refused_with_a_problem_and_stores_nothing() throws Exception {
        String tampered = TYPEFORM_BODY.replace("\"number\":9", "\"number\":0");
        String signatureOfOriginal = WebhookSignatures.sign(WebhookKind.TYPEFORM, typeform.secret(),
                bytes(TYPEFORM_BODY));

        deliver(typeform, tampered, "Typeform-Signature", signatureOfOriginal).andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("/problems/invalid-signature"))
            .andExpect(jsonPath("$.status").value(401));
        deliver(typeform, TYPEFORM_BODY, "X-Other", "x").andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Typeform-Signature")));
        deliver(typeform, TYPEFORM_BODY, "Typeform-Signature", "sha256=").andExpect(status().isUnauthorized());

        assertThat(stored(agency)).isEmpty();
    }

    @Test
    void another_agencys_secret_does_not_open_this_agencys_endpoint() throws Exception {
        TestAgency other = fixtures.anAgency();
        surveyFixtures.sampleClients(other);
        IssuedWebhookSecret othersSecret = other.scope().call(() -> webhooks.issueSecret(WebhookKind.TYPEFORM));
        String signedByOther = WebhookSignatures.sign(WebhookKind.TYPEFORM, othersSecret.secret(),
                bytes(TYPEFORM_BODY));

        deliver(typeform, TYPEFORM_BODY, "Typeform-Signature", signedByOther).andExpect(status().isUnauthorized());
        // The other agency's own endpoint takes it, and the response lands there only.
        deliver(othersSecret, TYPEFORM_BODY, "Typeform-Signature", signedByOther).andExpect(status().isOk());

        assertThat(stored(agency)).isEmpty();
        assertThat(stored(other)).hasSize(1);
    }

    @Test
    void an_unknown_endpoint_answers_like_a_bad_signature() throws Exception {
        mvc.perform(post("/api/v1/surveys/webhooks/typeform/no-such-token").contentType(MediaType.APPLICATION_JSON)
            .content(TYPEFORM_BODY)
            .header("Typeform-Signature", "sha256=AAAA")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_generic_delivery_is_all_or_nothing() throws Exception {
        String body = """
                {"responses":[
                 {"responseId":"g-1","submittedAt":"2026-11-21T08:00:00Z","client":"Umbrella Finance","nps":3,"csat":2},
                 {"responseId":"g-2","submittedAt":"2026-11-21T09:00:00Z","client":"Umbrella Finance","nps":12}]}""";
        deliver(generic, body, "X-Plumbline-Signature",
                WebhookSignatures.sign(WebhookKind.GENERIC, generic.secret(), bytes(body)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("responses[1].nps")));
        assertThat(stored(agency)).isEmpty();

        String valid = body.replace("\"nps\":12", "\"nps\":10,\"audience\":\"internal\"");
        deliver(generic, valid, "X-Plumbline-Signature",
                WebhookSignatures.sign(WebhookKind.GENERIC, generic.secret(), bytes(valid)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.added").value(2));
        // A Typeform signature header does not count for the generic endpoint.
        deliver(generic, valid, "Typeform-Signature",
                WebhookSignatures.sign(WebhookKind.TYPEFORM, generic.secret(), bytes(valid)))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void rotating_the_secret_keeps_the_url_and_retires_the_old_secret() throws Exception {
        IssuedWebhookSecret rotated = agency.scope().call(() -> webhooks.issueSecret(WebhookKind.TYPEFORM));

        assertThat(rotated.endpoint().token()).isEqualTo(typeform.endpoint().token());
        deliver(typeform, TYPEFORM_BODY, "Typeform-Signature",
                WebhookSignatures.sign(WebhookKind.TYPEFORM, typeform.secret(), bytes(TYPEFORM_BODY)))
            .andExpect(status().isUnauthorized());
        deliver(rotated, TYPEFORM_BODY, "Typeform-Signature",
                WebhookSignatures.sign(WebhookKind.TYPEFORM, rotated.secret(), bytes(TYPEFORM_BODY)))
            .andExpect(status().isOk());
    }

    @Test
    void the_secret_is_stored_encrypted_and_hidden_from_other_agencies() {
        String raw = CurrentTenant.callAs(TenantScope.agency(agency.id()),
                () -> new TransactionTemplate(transactionManager).execute(s -> jdbc
                    .queryForObject("SELECT secret FROM survey_webhook WHERE kind = 'TYPEFORM'", String.class)));
        Integer foreign = CurrentTenant.callAs(TenantScope.agency(fixtures.anAgency().id()),
                () -> new TransactionTemplate(transactionManager)
                    .execute(s -> jdbc.queryForObject("SELECT count(*) FROM survey_webhook", Integer.class)));

        assertThat(raw).startsWith("v1:").doesNotContain(typeform.secret());
        assertThat(foreign).isZero();
    }

    private ResultActions deliver(IssuedWebhookSecret endpoint, String body, String header, String signature)
            throws Exception {
        return mvc.perform(post(endpoint.endpoint().path()).contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .header(header, signature));
    }

    private List<String> stored(TestAgency of) {
        return CurrentTenant
            .callAs(TenantScope.agency(of.id()),
                    () -> new TransactionTemplate(transactionManager).execute(s -> jdbc.queryForList(
                            "SELECT source || ' ' || external_id || ' ' || coalesce(nps_score::text, '-')"
                                    + " || ' ' || coalesce(csat_score::text, '-') FROM survey_response",
                            String.class)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
