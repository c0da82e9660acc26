package io.plumbline.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.Fixtures.TestUser;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.portal.PortalHomeView;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.survey.SurveyFixtures.SampleClients;
import io.plumbline.survey.ui.PortalSatisfactionView;
import io.plumbline.survey.ui.PulseSurveyCard;
import io.plumbline.survey.ui.SatisfactionView;
import io.plumbline.survey.ui.SurveyImportView;
import io.plumbline.survey.ui.SurveySettingsView;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pulse survey once per period, and who sees which responses: service, views and raw SQL
 * under row-level security.
 */
@PostgresIntegrationTest
class SurveyAccessIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyFixtures surveyFixtures;

    @Autowired
    SurveyService surveys;

    @Autowired
    SatisfactionService satisfaction;

    @Autowired
    SurveyImportService imports;

    @Autowired
    WebhookService webhookService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TestClock clock;

    TestAgency agency;

    SampleClients clients;

    TestUser acmeUser;

    TestUser umbrellaUser;

    TestUser analyst;

    @BeforeEach
    void anAgencyWithClientAndStaffResponses() {
        agency = fixtures.anAgency();
        clients = surveyFixtures.sampleClients(agency);
        acmeUser = fixtures.aClientUser(agency, clients.acme(), Role.CLIENT_VIEWER);
        umbrellaUser = fixtures.aClientUser(agency, clients.umbrella(), Role.CLIENT_ADMIN);
        analyst = fixtures.aUser(agency, Role.ANALYST);
        agency.scope().run(() -> {
            surveys.updateSettings(new SurveySettings(PeriodKind.MONTH, true));
            // Qualtrics sample: Acme's client answers and one internal staff answer about
            // Umbrella.
            imports.importFile(ImportRequest.of("q.csv", SurveyFixtures.sample("qualtrics-responses.csv"),
                    ImportFormat.QUALTRICS));
        });
    }

    @AfterEach
    void reset() {
        Fixtures.signOut();
        clock.reset();
    }

    @Test
    void the_pulse_survey_is_offered_once_per_period_and_dismissing_counts() {
        Fixtures.signInAs(acmeUser);
        assertThat(surveys.pulseDue()).isPresent();

        surveys.answerPulse(9, 4, "Fine");

        assertThat(surveys.pulseDue()).isEmpty();
        assertThatThrownBy(() -> surveys.answerPulse(10, 5, null)).isInstanceOf(InvalidInputException.class);
        Fixtures.signInAs(umbrellaUser);
        surveys.dismissPulse();
        assertThat(surveys.pulseDue()).isEmpty();
        assertThatThrownBy(() -> surveys.answerPulse(3, null, null)).isInstanceOf(InvalidInputException.class);

        clock.advance(Duration.ofDays(32));
        assertThat(surveys.pulseDue()).isPresent();
    }

    @Test
    void pulse_answers_are_checked() {
        Fixtures.signInAs(acmeUser);
        assertThatThrownBy(() -> surveys.answerPulse(null, null, "only words"))
            .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> surveys.answerPulse(11, null, null)).isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("0 to 10");
        assertThat(surveys.pulseDue()).as("a refused answer does not use up the period").isPresent();
        Fixtures.signInAs(analyst);
        assertThatThrownBy(surveys::pulseDue).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_rate_data_quality_once_a_month_as_internal_responses() {
        Fixtures.signInAs(analyst);
        surveys.rateDataQuality(clients.acme().id(), 2, "Consent fields missing");

        assertThatThrownBy(() -> surveys.rateDataQuality(clients.acme().id(), 3, null))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("already");
        Satisfaction internal = satisfaction.forClient(clients.acme().id(), Audience.INTERNAL,
                satisfaction.currentPeriod(PeriodKind.MONTH));
        assertThat(internal.csatAnswers()).isEqualTo(1);
        assertThat(internal.csat()).hasValue(0.0);
        Fixtures.signInAs(fixtures.ownerOf(agency));
        assertThat(surveys.ratedThisMonth()).isEmpty();
    }

    @Test
    void a_client_user_sees_only_their_clients_client_audience_trend() {
        Fixtures.signInAs(umbrellaUser);

        List<Satisfaction> own = satisfaction.trend(clients.umbrella().id(), Audience.CLIENT, PeriodKind.QUARTER, 4);

        assertThat(own).allMatch(s -> s.responses() == 0);
        assertThatThrownBy(() -> satisfaction.trend(clients.umbrella().id(), Audience.INTERNAL, PeriodKind.QUARTER, 4))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> satisfaction.trend(clients.acme().id(), Audience.CLIENT, PeriodKind.QUARTER, 4))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> satisfaction.byClient(satisfaction.currentPeriod(PeriodKind.MONTH), Audience.CLIENT))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> satisfaction.comments(null, null, satisfaction.currentPeriod(PeriodKind.MONTH),
                satisfaction.currentPeriod(PeriodKind.MONTH)))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_agency_sees_none_of_the_responses() {
        Fixtures.signInAs(fixtures.ownerOf(fixtures.anAgency()));

        assertThat(satisfaction.portfolioTrend(Audience.CLIENT, PeriodKind.QUARTER, 4))
            .allMatch(s -> s.responses() == 0);
        assertThatThrownBy(() -> satisfaction.trend(clients.acme().id(), Audience.CLIENT, PeriodKind.QUARTER, 4))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void row_level_security_hides_internal_and_other_clients_responses_from_unscoped_sql() {
        String sql = "SELECT client_id::text || ' ' || audience FROM survey_response";
        List<String> acmeSees = CurrentTenant.callAs(new TenantScope(agency.id(), clients.acme().id()),
                () -> new TransactionTemplate(transactionManager).execute(s -> jdbc.queryForList(sql, String.class)));
        List<String> umbrellaSees = CurrentTenant.callAs(new TenantScope(agency.id(), clients.umbrella().id()),
                () -> new TransactionTemplate(transactionManager).execute(s -> jdbc.queryForList(sql, String.class)));
        List<String> agencySees = CurrentTenant.callAs(TenantScope.agency(agency.id()),
                () -> new TransactionTemplate(transactionManager).execute(s -> jdbc.queryForList(sql, String.class)));
        List<String> foreign = CurrentTenant.callAs(TenantScope.agency(fixtures.anAgency().id()),
                () -> new TransactionTemplate(transactionManager).execute(s -> jdbc.queryForList(sql, String.class)));

        assertThat(acmeSees).hasSize(2).allMatch(row -> row.equals(clients.acme().id() + " CLIENT"));
        assertThat(umbrellaSees).as("Umbrella's only response is an internal staff answer").isEmpty();
        assertThat(agencySees).hasSize(3).contains(clients.umbrella().id() + " INTERNAL");
        assertThat(foreign).isEmpty();
    }

    @Test
    void an_owner_names_the_typeform_comment_field_in_the_settings_and_another_agency_does_not_see_it() {
        Fixtures.signInAs(fixtures.ownerOf(agency));
        navigate(SurveySettingsView.class);
        test(find(Button.class).withText("Save Typeform fields").single()).click();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Create the Typeform webhook first.");

        webhookService.issueSecret(WebhookKind.TYPEFORM);
        navigate(SurveySettingsView.class);
        test(find(TextField.class).withCaption("Comment field").single()).setValue("Any other feedback?");
        test(find(Button.class).withText("Save Typeform fields").single()).click();

        assertThat(webhookService.endpoints()).singleElement()
            .satisfies(e -> assertThat(e.fields()).isEqualTo(new WebhookFields(null, null, "Any other feedback?")));
        TestAgency other = fixtures.anAgency();
        Fixtures.signInAs(fixtures.ownerOf(other));
        assertThat(webhookService.endpoints()).isEmpty();
        Fixtures.signInAs(analyst);
        assertThatThrownBy(() -> webhookService.chooseFields(WebhookKind.TYPEFORM, WebhookFields.AUTOMATIC))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_see_the_satisfaction_page_with_every_client() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        navigate(SatisfactionView.class);

        assertThat(find(Grid.class).all()).hasSize(2);
        assertThat(find(com.vaadin.flow.component.Svg.class).all()).hasSize(1);
    }

    @Test
    void executives_are_refused_import_and_settings_and_client_users_every_agency_survey_page() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));
        assertThatThrownBy(() -> navigate(SurveyImportView.class)).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(SurveyImportView.class);
        assertThatThrownBy(() -> navigate(SurveySettingsView.class)).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(SurveySettingsView.class);

        Fixtures.signInAs(acmeUser);
        assertThatThrownBy(() -> navigate(SatisfactionView.class)).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(SatisfactionView.class);
    }

    @Test
    void the_portal_home_offers_the_pulse_survey_and_the_trend_page_shows_only_the_own_client() {
        Fixtures.signInAs(acmeUser);

        navigate(PortalHomeView.class);
        assertThat(find(PulseSurveyCard.class).single().isVisible()).isTrue();

        navigate(PortalSatisfactionView.class);
        assertThat(find(com.vaadin.flow.component.Svg.class).all()).hasSize(1);
        assertThat(find(Paragraph.class).all()).noneMatch(p -> p.getText().contains("Umbrella"));
    }

    @Test
    void the_portal_trend_is_hidden_unless_the_agency_shares_it() {
        agency.scope().run(() -> surveys.updateSettings(new SurveySettings(PeriodKind.MONTH, false)));
        Fixtures.signInAs(acmeUser);

        navigate(PortalSatisfactionView.class);

        assertThat(find(com.vaadin.flow.component.Svg.class).all()).isEmpty();
        assertThat(find(Paragraph.class).withText("Your agency does not share the satisfaction trend in the portal.")
            .all()).hasSize(1);
    }

}
