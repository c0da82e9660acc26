package io.plumbline.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.survey.SurveyFixtures.SampleClients;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class SurveyImportIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyFixtures surveyFixtures;

    @Autowired
    SurveyImportService imports;

    @Autowired
    SatisfactionService satisfaction;

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
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void a_typeform_export_is_read_with_its_hidden_client_field_and_question_columns() {
        ImportPreview preview = imports.preview(request("typeform-responses.csv", ImportFormat.TYPEFORM), rows -> {
        });

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.mapping()).containsEntry(ColumnRole.RESPONSE_ID, "#")
            .containsEntry(ColumnRole.SUBMITTED_AT, "Submit Date (UTC)")
            .containsEntry(ColumnRole.CLIENT, "client")
            .containsEntry(ColumnRole.NPS, "How likely are you to recommend Northwind Digital to a colleague?")
            .containsEntry(ColumnRole.COMMENT, "Anything we could do better?");
        assertThat(preview.responses()).hasSize(5);
        NewResponse multiline = preview.responses().get(1);
        assertThat(multiline.comment()).isEqualTo("The HubSpot sync broke twice.\nNobody told us until Monday.");
        assertThat(multiline.submittedAt()).isEqualTo(Instant.parse("2026-10-05T08:44:57Z"));
        assertThat(preview.responses()).extracting(NewResponse::client)
            .containsExactly(clients.acme().id(), clients.acme().id(), clients.umbrella().id(), clients.umbrella().id(),
                    clients.umbrella().id());

        ImportOutcome outcome = imports.importFile(request("typeform-responses.csv", ImportFormat.TYPEFORM));

        assertThat(outcome.added()).isEqualTo(5);
        SurveyPeriod october = new SurveyPeriod(PeriodKind.MONTH, LocalDate.of(2026, 10, 1));
        Satisfaction umbrella = satisfaction.forClient(clients.umbrella().id(), Audience.CLIENT, october);
        // 10 promoter, 3 detractor, 8 passive: (1 − 1) / 3 = 0; CSAT 5, 2, 4 → 2 of 3.
        assertThat(umbrella.nps()).hasValue(0.0);
        assertThat(umbrella.csat().getAsDouble()).isCloseTo(66.667, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void a_qualtrics_export_skips_its_question_and_import_id_rows_and_reads_dates_in_the_survey_zone() {
        ImportPreview preview = imports.preview(request("qualtrics-responses.csv", ImportFormat.QUALTRICS), rows -> {
        });

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.mapping()).containsEntry(ColumnRole.RESPONSE_ID, "ResponseId")
            .containsEntry(ColumnRole.NPS, "Q1")
            .containsEntry(ColumnRole.CSAT, "Q2")
            .containsEntry(ColumnRole.COMMENT, "Q3")
            .containsEntry(ColumnRole.AUDIENCE, "audience");
        assertThat(preview.rows()).isEqualTo(4);
        assertThat(preview.emptyRows()).as("the unfinished response has no answers").isEqualTo(1);
        assertThat(preview.responses()).extracting(NewResponse::externalId)
            .containsExactly("R_1GdKlX2yQp3ZaB7", "R_3PqWc8Lm0Vt6XyZ", "R_9ZyXwVu8TsRqPoN");
        // RecordedDate 2026-11-02 08:12:41 in America/Denver (UTC−7 in November).
        assertThat(preview.responses().getFirst().submittedAt()).isEqualTo(Instant.parse("2026-11-02T15:12:41Z"));
        assertThat(preview.responses().getLast().audience()).isEqualTo(Audience.INTERNAL);
        assertThat(preview.responses().getLast().nps()).isEqualTo(2);
    }

    @Test
    void a_zigpoll_export_is_read_with_its_metadata_client_column() {
        ImportPreview preview = imports.preview(request("zigpoll-responses.csv", ImportFormat.ZIGPOLL), rows -> {
        });

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.mapping()).containsEntry(ColumnRole.CLIENT, "Metadata - client");
        assertThat(preview.responses()).extracting(NewResponse::nps).containsExactly(9, 5, null);
        assertThat(preview.responses()).extracting(NewResponse::csat).containsExactly(4, 2, 3);
        assertThat(preview.responses().getFirst().submittedAt()).isEqualTo(Instant.parse("2026-11-10T10:15:00Z"));
    }

    @Test
    void a_generic_csv_is_read_with_the_users_column_mapping_and_hashed_respondents() {
        Map<ColumnRole, String> mapping = new EnumMap<>(ColumnRole.class);
        mapping.put(ColumnRole.RESPONSE_ID, "ref");
        mapping.put(ColumnRole.SUBMITTED_AT, "when");
        mapping.put(ColumnRole.CLIENT, "customer");
        mapping.put(ColumnRole.RESPONDENT, "who");
        mapping.put(ColumnRole.NPS, "likely");
        mapping.put(ColumnRole.CSAT, "happy");
        mapping.put(ColumnRole.COMMENT, "notes");
        mapping.put(ColumnRole.AUDIENCE, "team");

        ImportPreview preview = imports
            .preview(request("generic-responses.csv", ImportFormat.GENERIC).withMapping(mapping), rows -> {
            });

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.responses()).hasSize(3);
        assertThat(preview.responses().get(1).submittedAt()).isEqualTo(Instant.parse("2026-09-15T08:00:00Z"));
        assertThat(preview.responses().get(0).respondentHash()).hasSize(64).doesNotContain("acme");
        assertThat(preview.responses().get(2).audience()).isEqualTo(Audience.INTERNAL);

        ImportPreview omitted = imports
            .preview(request("generic-responses.csv", ImportFormat.GENERIC).withMapping(mapping)
                .withRespondentsHashed(false), rows -> {
                });
        assertThat(omitted.responses()).extracting(NewResponse::respondentHash).containsOnlyNulls();
    }

    @Test
    void errors_name_the_physical_line_and_nothing_of_the_file_is_stored() {
        ImportRequest request = request("typeform-with-errors.csv", ImportFormat.TYPEFORM);

        ImportPreview preview = imports.preview(request, rows -> {
        });

        // The first response's comment spans lines 2–4, so the bad rows are on lines 5, 6
        // and 7.
        assertThat(preview.errors()).extracting(LineError::line).containsExactly(5, 6, 7);
        assertThat(preview.errors().get(0).message()).contains("11").contains("0 to 10");
        assertThat(preview.errors().get(0).column()).startsWith("How likely");
        assertThat(preview.errors().get(1).message()).contains("'Initrode' is not a client");
        assertThat(preview.unknownClients()).containsExactly("Initrode");
        assertThat(preview.errors().get(2).column()).isEqualTo("Submit Date (UTC)");
        assertThatThrownBy(() -> imports.importFile(request)).isInstanceOf(ImportRejectedException.class)
            .hasMessageContaining("Line 5");
        assertThat(storedResponses()).isZero();
    }

    @Test
    void an_unknown_client_value_can_be_mapped_to_a_client_in_the_preview() {
        byte[] file = SurveyFixtures.sample("typeform-with-errors.csv");
        String fixed = new String(file, StandardCharsets.UTF_8).replace(",11,4,", ",10,4,")
            .replace("yesterday", "2026-10-05 10:01:00");
        ImportRequest request = ImportRequest
            .of("fixed.csv", fixed.getBytes(StandardCharsets.UTF_8), ImportFormat.TYPEFORM)
            .withAliases(Map.of("initrode", clients.umbrella().id()));

        ImportOutcome outcome = imports.importFile(request);

        assertThat(outcome.added()).isEqualTo(5);
    }

    @Test
    void importing_the_same_file_twice_adds_nothing_and_says_so() {
        ImportRequest request = request("zigpoll-responses.csv", ImportFormat.ZIGPOLL);
        assertThat(imports.importFile(request).added()).isEqualTo(3);

        ImportPreview again = imports.preview(request, rows -> {
        });
        ImportOutcome second = imports.importFile(request);

        assertThat(again.previousImport()).isNotNull();
        assertThat(again.newResponses()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(3);
        assertThat(second).isEqualTo(new ImportOutcome(0, 3, 0));
        assertThat(storedResponses()).isEqualTo(3);
        assertThat(imports.history()).hasSize(1);
    }

    @Test
    void a_large_file_reports_progress_and_imports_whole() {
        StringBuilder csv = new StringBuilder("response_id,submitted_at,client,nps\n");
        for (int i = 0; i < 2_000; i++) {
            csv.append("r-")
                .append(i)
                .append(",2026-11-0")
                .append(1 + i % 9)
                .append(" 10:00:00,Acme Retail,")
                .append(i % 11)
                .append('\n');
        }
        List<Integer> progress = new ArrayList<>();
        ImportRequest request = ImportRequest.of("big.csv", csv.toString().getBytes(), ImportFormat.GENERIC);

        ImportPreview preview = imports.preview(request, progress::add);

        assertThat(progress).contains(500, 1_000, 2_000);
        assertThat(imports.importFile(request).added()).isEqualTo(preview.responses().size()).isEqualTo(2_000);
    }

    @Test
    void executives_and_client_users_cannot_import() {
        Fixtures.signOut();
        var executive = fixtures.aUser(agency, Role.EXECUTIVE);
        var clientAdmin = fixtures.aClientUser(agency, clients.acme(), Role.CLIENT_ADMIN);
        Fixtures.signInAs(executive);
        assertThatThrownBy(() -> imports.preview(request("zigpoll-responses.csv", ImportFormat.ZIGPOLL), r -> {
        })).isInstanceOf(AccessDeniedException.class);
        Fixtures.signInAs(clientAdmin);
        assertThatThrownBy(() -> imports.importFile(request("zigpoll-responses.csv", ImportFormat.ZIGPOLL)))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_agency_neither_sees_the_import_nor_matches_its_clients() {
        imports.importFile(request("zigpoll-responses.csv", ImportFormat.ZIGPOLL));
        TestAgency other = fixtures.anAgency();
        Fixtures.signInAs(fixtures.ownerOf(other));

        ImportPreview preview = imports.preview(request("zigpoll-responses.csv", ImportFormat.ZIGPOLL), r -> {
        });

        assertThat(imports.history()).isEmpty();
        assertThat(preview.previousImport()).isNull();
        assertThat(preview.unknownClients()).containsExactlyInAnyOrder("Acme Retail", "Umbrella Finance");
    }

    private ImportRequest request(String sample, ImportFormat format) {
        return ImportRequest.of(sample, SurveyFixtures.sample(sample), format);
    }

    private int storedResponses() {
        return CurrentTenant.callAs(TenantScope.agency(agency.id()), () -> new TransactionTemplate(transactionManager)
            .execute(status -> jdbc.queryForObject("SELECT count(*) FROM survey_response", Integer.class)));
    }

}
