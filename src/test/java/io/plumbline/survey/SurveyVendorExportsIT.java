package io.plumbline.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.survey.ImportOptions.DateStyle;
import io.plumbline.survey.ImportOptions.DecimalMark;
import io.plumbline.survey.SurveyFixtures.SampleClients;
import io.plumbline.survey.internal.WebhookSignatures;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports and deliveries written the way the vendors document them (Typeform's CSV with
 * partial responses and its webhook with a short-text name before the comment, Qualtrics'
 * choice-text and numeric exports with previews and spam, Zigpoll's one row per answer, a
 * spreadsheet re-saved with German settings): fixtures under src/test/resources/survey.
 */
@PostgresIntegrationTest
class SurveyVendorExportsIT {

    /**
     * Typeform's form_response as its webhook docs show it: the definition carries the
     * titles, the answers only field id, type and ref; the respondent's first name (short
     * text) comes before the long-text comment.
     */
    private static final String TYPEFORM_BODY = """
            {"event_id":"01JE4W7QX3","event_type":"form_response","form_response":{"form_id":"pQ7tZk",
             "token":"a3f9k2m8q1w7","landed_at":"2026-11-20T09:58:02Z","submitted_at":"2026-11-20T10:00:41Z",
             "hidden":{"client":"Acme Retail"},
             "definition":{"id":"pQ7tZk","title":"Quarterly pulse","fields":[
              {"id":"f1","ref":"first_name","type":"short_text","title":"What's your first name?"},
              {"id":"f2","ref":"nps","type":"nps","title":"How likely are you to recommend Northwind Digital to a friend or colleague?"},
              {"id":"f3","ref":"csat","type":"rating","title":"How satisfied are you with our reporting this month?"},
              {"id":"f4","ref":"3c9e0f1a-77d2-4b1e-9f55-2a1d5d8b1c0e","type":"long_text","title":"Any other feedback for the team?"}]},
             "answers":[
              {"type":"text","text":"Dana","field":{"id":"f1","type":"short_text","ref":"first_name"}},
              {"type":"number","number":9,"field":{"id":"f2","type":"nps","ref":"nps"}},
              {"type":"number","number":4,"field":{"id":"f3","type":"rating","ref":"csat"}},
              {"type":"text","text":"Reports are on time now, and the Slack alerts help.","field":{"id":"f4","type":"long_text","ref":"3c9e0f1a-77d2-4b1e-9f55-2a1d5d8b1c0e"}}]}}""";

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyFixtures surveyFixtures;

    @Autowired
    SurveyImportService imports;

    @Autowired
    WebhookService webhooks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    SampleClients clients;

    @BeforeEach
    void anAgencyWithTheSampleClients() {
        agency = fixtures.anAgency();
        clients = surveyFixtures.sampleClients(agency);
        Fixtures.signInAs(fixtures.ownerOf(agency));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    // 1. Typeform: the comment is the comment, and a re-import repairs what was stored.

    @Test
    void a_typeform_delivery_takes_the_long_text_comment_not_the_first_name() {
        IssuedWebhookSecret endpoint = webhooks.issueSecret(WebhookKind.TYPEFORM);

        WebhookOutcome outcome = deliver(endpoint, TYPEFORM_BODY);

        assertThat(outcome.added()).isOne();
        assertThat(stored("a3f9k2m8q1w7")).isEqualTo("9 4 Reports are on time now, and the Slack alerts help.");
    }

    @Test
    void the_agency_names_the_comment_and_score_fields_by_ref_or_title() {
        IssuedWebhookSecret endpoint = webhooks.issueSecret(WebhookKind.TYPEFORM);
        WebhookEndpoint chosen = webhooks.chooseFields(WebhookKind.TYPEFORM,
                new WebhookFields(null, "How satisfied are you with our reporting this month?", "first_name"));

        deliver(endpoint, TYPEFORM_BODY);

        assertThat(chosen.fields().comment()).isEqualTo("first_name");
        assertThat(webhooks.endpoints().getFirst().fields().csat()).startsWith("How satisfied");
        assertThat(stored("a3f9k2m8q1w7")).isEqualTo("9 4 Dana");
        assertThatThrownBy(() -> webhooks.chooseFields(WebhookKind.GENERIC, WebhookFields.AUTOMATIC))
            .hasMessageContaining("Only the Typeform webhook");
    }

    @Test
    void a_csv_import_repairs_a_comment_a_webhook_stored_wrongly_and_a_second_import_changes_nothing() {
        IssuedWebhookSecret endpoint = webhooks.issueSecret(WebhookKind.TYPEFORM);
        // What the old mapping did: the first text answer (the first name) as the
        // comment.
        webhooks.chooseFields(WebhookKind.TYPEFORM, new WebhookFields(null, null, "first_name"));
        deliver(endpoint, TYPEFORM_BODY);
        assertThat(stored("a3f9k2m8q1w7")).isEqualTo("9 4 Dana");
        ImportRequest csv = request("typeform-with-partials.csv", ImportFormat.TYPEFORM);

        ImportPreview preview = imports.preview(csv, rows -> {
        });

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.mapping()).containsEntry(ColumnRole.COMMENT, "Any other feedback for the team?");
        assertThat(preview.updated()).isOne();
        assertThat(preview.newResponses()).isEqualTo(2);
        ImportOutcome first = imports.importFile(csv);
        assertThat(first).isEqualTo(new ImportOutcome(2, 0, 0, 1));
        assertThat(stored("a3f9k2m8q1w7")).isEqualTo("9 4 Reports are on time now, and the Slack alerts help.");

        ImportOutcome second = imports.importFile(csv);

        assertThat(second).isEqualTo(new ImportOutcome(0, 3, 0, 0));
        assertThat(imports.history()).extracting(ImportRecord::updated).containsExactly(1);
        // A webhook redelivery with the (now automatic) mapping carries the same answers.
        webhooks.chooseFields(WebhookKind.TYPEFORM, WebhookFields.AUTOMATIC);
        assertThat(deliver(endpoint, TYPEFORM_BODY)).isEqualTo(new WebhookOutcome(0, 1, 0));
    }

    @Test
    void a_webhook_redelivery_with_other_answers_updates_the_response_and_an_identical_one_does_not() {
        IssuedWebhookSecret endpoint = webhooks.issueSecret(WebhookKind.TYPEFORM);
        deliver(endpoint, TYPEFORM_BODY);
        String corrected = TYPEFORM_BODY.replace("\"number\":9", "\"number\":10");

        assertThat(deliver(endpoint, corrected)).isEqualTo(new WebhookOutcome(0, 0, 1));
        assertThat(deliver(endpoint, corrected)).isEqualTo(new WebhookOutcome(0, 1, 0));
        assertThat(stored("a3f9k2m8q1w7")).startsWith("10 4 ");
    }

    @Test
    void a_re_import_never_touches_another_agencys_response_with_the_same_id() {
        IssuedWebhookSecret endpoint = webhooks.issueSecret(WebhookKind.TYPEFORM);
        deliver(endpoint, TYPEFORM_BODY);
        TestAgency other = fixtures.anAgency();
        surveyFixtures.sampleClients(other);
        Fixtures.signInAs(fixtures.ownerOf(other));

        ImportPreview preview = imports.preview(request("typeform-with-partials.csv", ImportFormat.TYPEFORM), r -> {
        });

        assertThat(preview.updated()).isZero();
        assertThat(preview.newResponses()).isEqualTo(3);
        imports.importFile(request("typeform-with-partials.csv", ImportFormat.TYPEFORM));
        Fixtures.signInAs(fixtures.ownerOf(agency));
        assertThat(stored("a3f9k2m8q1w7")).isEqualTo("9 4 Reports are on time now, and the Slack alerts help.");
    }

    // 3. Typeform partial responses.

    @Test
    void typeform_partial_responses_are_skipped_and_counted_or_dated_by_their_stage_date() {
        ImportPreview skipping = imports.preview(request("typeform-with-partials.csv", ImportFormat.TYPEFORM), r -> {
        });

        assertThat(skipping.errors()).isEmpty();
        assertThat(skipping.skipped()).containsExactly(Map.entry("Typeform partial responses", 1));
        assertThat(skipping.responses()).extracting(NewResponse::externalId)
            .containsExactly("a3f9k2m8q1w7", "b7x2p4r9t0z5", "d5f6g7h8j9k0");

        ImportPreview including = imports.preview(request("typeform-with-partials.csv", ImportFormat.TYPEFORM)
            .withOptions(new ImportOptions(DateStyle.ISO, DecimalMark.POINT, false, true)), r -> {
            });

        assertThat(including.skipped()).isEmpty();
        assertThat(including.responses()).hasSize(4);
        NewResponse partial = including.responses().get(2);
        assertThat(partial.externalId()).isEqualTo("c1q8w3e5r7t9");
        assertThat(partial.submittedAt()).isEqualTo(Instant.parse("2026-11-22T08:31:12Z"));
        assertThat(partial.nps()).isEqualTo(4);
    }

    // 2. Qualtrics.

    @Test
    void qualtrics_previews_and_spam_are_skipped_unfinished_responses_count_only_when_chosen_and_choice_texts_become_numbers() {
        ImportPreview preview = imports.preview(request("qualtrics-choice-text.csv", ImportFormat.QUALTRICS), r -> {
        });

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.skipped()).containsExactly(Map.entry("Qualtrics status Survey Preview", 1),
                Map.entry("Qualtrics status Spam", 1), Map.entry("Unfinished Qualtrics responses (Finished = 0)", 1));
        assertThat(preview.responses()).extracting(NewResponse::externalId)
            .containsExactly("R_3PqWc8Lm0Vt6XyZ", "R_2AbCdEfGh1IjKlM", "R_9ZyXwVu8TsRqPoN");
        assertThat(preview.responses()).extracting(NewResponse::nps).containsExactly(10, 7, 0);
        assertThat(preview.responses()).extracting(NewResponse::csat).containsExactly(5, 3, 1);
        assertThat(preview.choiceLabels().get(ColumnRole.NPS)).containsEntry("10 - Extremely likely", 10)
            .containsEntry("0 - Not at all likely", 0);
        assertThat(preview.choiceLabels().get(ColumnRole.CSAT)).containsEntry("Very satisfied", 5)
            .containsEntry("Neither satisfied nor dissatisfied", 3)
            .containsEntry("Very dissatisfied", 1);

        ImportPreview withUnfinished = imports.preview(request("qualtrics-choice-text.csv", ImportFormat.QUALTRICS)
            .withOptions(new ImportOptions(null, null, true, false)), r -> {
            });

        assertThat(withUnfinished.skipped()).doesNotContainKey("Unfinished Qualtrics responses (Finished = 0)");
        assertThat(withUnfinished.responses()).extracting(NewResponse::externalId).contains("R_7UnFiNiShEdAbCd");
        assertThat(imports.importFile(request("qualtrics-choice-text.csv", ImportFormat.QUALTRICS)).added())
            .isEqualTo(3);
    }

    @Test
    void qualtrics_numeric_status_codes_one_and_eight_are_skipped_as_preview_and_spam() {
        ImportPreview preview = imports.preview(request("qualtrics-numeric-status.csv", ImportFormat.QUALTRICS), r -> {
        });

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.skipped()).containsExactly(Map.entry("Qualtrics status Survey Preview", 1),
                Map.entry("Qualtrics status Spam", 1), Map.entry("Unfinished Qualtrics responses (Finished = 0)", 1));
        assertThat(preview.responses()).extracting(NewResponse::externalId).containsExactly("R_1nUmReAl0000002");
        assertThat(preview.choiceLabels()).isEmpty();
    }

    @Test
    void an_unknown_choice_text_is_an_error_on_its_line() {
        String file = new String(SurveyFixtures.sample("qualtrics-choice-text.csv"), StandardCharsets.UTF_8)
            .replace(",Neither satisfied nor dissatisfied,", ",Rather content,");
        ImportRequest request = ImportRequest.of("q.csv", file.getBytes(StandardCharsets.UTF_8),
                ImportFormat.QUALTRICS);

        ImportPreview preview = imports.preview(request, r -> {
        });

        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.column()).isEqualTo("Q2");
            assertThat(e.message()).contains("'Rather content'").contains("Very satisfied");
        });
        assertThatThrownBy(() -> imports.importFile(request)).isInstanceOf(ImportRejectedException.class);
    }

    // 4. Zigpoll's one row per answer.

    @Test
    void a_zigpoll_export_with_one_row_per_answer_is_grouped_into_responses_by_participant_and_poll() {
        ImportPreview preview = imports.preview(request("zigpoll-long.csv", ImportFormat.ZIGPOLL), r -> {
        });

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.layout())
            .isEqualTo("One row per answer: 7 answer rows grouped into 3 responses by Participant ID and Poll.");
        assertThat(preview.mapping()).containsEntry(ColumnRole.NPS, "How likely are you to recommend us to a friend?")
            .containsEntry(ColumnRole.CSAT, "How satisfied are you with your campaign data?")
            .containsEntry(ColumnRole.COMMENT, "Anything else you would like to tell us?")
            .containsEntry(ColumnRole.CLIENT, "Metadata - client");
        assertThat(preview.responses()).extracting(NewResponse::externalId)
            .containsExactly("pt_8a7b6c5d:Quarterly pulse", "pt_1f2e3d4c:Quarterly pulse",
                    "pt_9e8d7c6b:Quarterly pulse");
        assertThat(preview.responses()).extracting(NewResponse::nps).containsExactly(9, 5, null);
        assertThat(preview.responses()).extracting(NewResponse::csat).containsExactly(4, 2, 3);
        assertThat(preview.responses().getFirst().comment())
            .isEqualTo("Love the new portal,\nespecially the consent page.");
        assertThat(preview.responses().getFirst().submittedAt()).isEqualTo(Instant.parse("2026-11-10T10:15:00Z"));
        assertThat(preview.responses()).extracting(NewResponse::client)
            .containsExactly(clients.acme().id(), clients.umbrella().id(), clients.umbrella().id());

        assertThat(imports.importFile(request("zigpoll-long.csv", ImportFormat.ZIGPOLL)).added()).isEqualTo(3);
        assertThat(imports.importFile(request("zigpoll-long.csv", ImportFormat.ZIGPOLL)))
            .isEqualTo(new ImportOutcome(0, 3, 0));
    }

    @Test
    void an_error_in_a_grouped_answer_names_the_line_of_that_answer() {
        String file = new String(SurveyFixtures.sample("zigpoll-long.csv"), StandardCharsets.UTF_8)
            .replace(",2,2026-11-11T12:00:41", ",7,2026-11-11T12:00:41");
        String twice = file + "zr_7c41a0e8,pt_9e8d7c6b,Quarterly pulse,How satisfied are you with your campaign data?,"
                + "4,2026-11-12T07:46:00.000Z,https://portal.umbrella.example/,,Umbrella Finance\n";

        ImportPreview preview = imports
            .preview(ImportRequest.of("z.csv", twice.getBytes(StandardCharsets.UTF_8), ImportFormat.ZIGPOLL), r -> {
            });

        // The response of pt_1f2e3d4c starts on line 6; its CSAT answer is on line 7.
        assertThat(preview.errors()).extracting(LineError::line).containsExactly(7, 10);
        assertThat(preview.errors().get(0).message()).contains("7 is not a whole number from 1 to 5");
        assertThat(preview.errors().get(1).message()).contains("answered twice").contains("first on line 8");
    }

    // 5. Localised spreadsheets.

    @Test
    void a_spreadsheet_with_german_dates_and_decimal_commas_is_read_with_the_chosen_locale() {
        ImportRequest asIs = request("typeform-excel-de.csv", ImportFormat.TYPEFORM);

        ImportPreview refused = imports.preview(asIs, r -> {
        });

        assertThat(refused.errors()).extracting(LineError::line).containsExactly(2, 2, 3, 3, 4);
        assertThat(refused.errors()).anySatisfy(e -> assertThat(e.message())
            .isEqualTo("'9,0' has a decimal comma; choose 'Decimal comma' under Numbers."));
        assertThat(refused.errors()).anySatisfy(e -> assertThat(e.message()).contains("'01.12.2026 10:14'")
            .contains("With 'Dates' set to 'Day first: 01.12.2026 10:14, 01/12/2026' it can be read."));

        ImportRequest german = asIs
            .withOptions(new ImportOptions(DateStyle.DAY_FIRST, DecimalMark.COMMA, false, false));
        ImportPreview preview = imports.preview(german, r -> {
        });

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.firstRows()).hasSize(3);
        ImportPreview.ReadRow first = preview.firstRows().getFirst();
        assertThat(first).isEqualTo(new ImportPreview.ReadRow(2, "01.12.2026 10:14",
                Instant.parse("2026-12-01T10:14:00Z"), "9,0", 9, "5", 5, "Quick answers, thank you."));
        assertThat(preview.firstRows().get(1).csat()).isEqualTo(3);
        assertThat(preview.responses().get(1).comment()).isEqualTo("Die Berichte kommen spät; bitte früher.");
        assertThat(imports.importFile(german).added()).isEqualTo(3);
    }

    @Test
    void a_half_point_score_is_an_error_on_its_line_even_with_decimal_commas() {
        String file = new String(SurveyFixtures.sample("typeform-excel-de.csv"), StandardCharsets.UTF_8)
            .replace(";10;4;", ";8,5;4;");
        ImportRequest request = ImportRequest.of("de.csv", file.getBytes(StandardCharsets.UTF_8), ImportFormat.TYPEFORM)
            .withOptions(new ImportOptions(DateStyle.DAY_FIRST, DecimalMark.COMMA, false, false));

        ImportPreview preview = imports.preview(request, r -> {
        });

        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.message()).isEqualTo("8,5 is not a whole number from 0 to 10.");
        });
        assertThatThrownBy(() -> imports.importFile(request)).isInstanceOf(ImportRejectedException.class);
        assertThat(storedCount()).isZero();
    }

    @Test
    void a_file_over_the_limit_is_refused_with_its_size_the_limit_and_what_to_do() {
        byte[] big = new byte[SurveyImportService.MAX_BYTES + 3 * 1024 * 1024];

        assertThatThrownBy(() -> imports.preview(ImportRequest.of("big.csv", big, ImportFormat.TYPEFORM), r -> {
        })).hasMessage("The file is 23.0 MB; the limit is 20.0 MB. " + SurveyImportService.TOO_LARGE_ADVICE);
    }

    private WebhookOutcome deliver(IssuedWebhookSecret endpoint, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return webhooks.receive(WebhookKind.TYPEFORM, endpoint.endpoint().token(), bytes,
                WebhookSignatures.sign(WebhookKind.TYPEFORM, endpoint.secret(), bytes));
    }

    private ImportRequest request(String sample, ImportFormat format) {
        return ImportRequest.of(sample, SurveyFixtures.sample(sample), format);
    }

    /** "nps csat comment" of the agency's response with this id. */
    private String stored(String externalId) {
        return CurrentTenant.callAs(TenantScope.agency(agency.id()),
                () -> new TransactionTemplate(transactionManager).execute(status -> {
                    List<String> rows = jdbc.queryForList(
                            "SELECT coalesce(nps_score::text, '-') || ' ' || coalesce(csat_score::text, '-') || ' '"
                                    + " || coalesce(comment, '-') FROM survey_response WHERE external_id = ?",
                            String.class, externalId);
                    assertThat(rows).hasSize(1);
                    return rows.getFirst();
                }));
    }

    private int storedCount() {
        return CurrentTenant.callAs(TenantScope.agency(agency.id()), () -> new TransactionTemplate(transactionManager)
            .execute(status -> jdbc.queryForObject("SELECT count(*) FROM survey_response", Integer.class)));
    }

}
