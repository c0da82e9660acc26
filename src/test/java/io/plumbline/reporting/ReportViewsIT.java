package io.plumbline.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.reporting.internal.ReportGeneration;
import io.plumbline.reporting.internal.ScheduleCalendar;
import io.plumbline.portal.PortalHomeView;
import io.plumbline.reporting.internal.PdfText;
import io.plumbline.reporting.internal.ScheduleCalendar;
import io.plumbline.reporting.ui.PortalReportsView;
import io.plumbline.reporting.ui.ReportSchedulesView;
import io.plumbline.reporting.ui.ReportsView;
import io.plumbline.security.ui.AccessDeniedView;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.ui.ClientPicker;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class ReportViewsIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    ReportService reports;

    @Autowired
    ReportGeneration generation;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    ReportPeriod lastWeek;

    @BeforeEach
    void aClientWithAWeekOfData() {
        ReportFixtures data = ReportFixtures.from(context);
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        IntegrationDetails crm = fixtures.anIntegration(agency, client);
        lastWeek = ScheduleCalendar.periodReportedAt(ReportCadence.WEEKLY, ZoneId.of("Europe/Berlin"), Instant.now());
        data.aWeekOfData(agency, client, List.of(crm), lastWeek);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void an_executive_generates_a_report_watches_the_progress_bar_and_gets_a_download_link() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));
        navigate(ReportsView.class);
        test(find(ClientPicker.class).single()).selectItem(client.name());
        @SuppressWarnings("unchecked")
        Select<ReportCadence> cadence = find(Select.class).withCaption("Period length").single();
        test(cadence).selectItem("Weekly");
        Button generate = find(Button.class).withText("Generate report").single();

        test(generate).click();

        assertThat(find(ProgressBar.class).single().isIndeterminate()).isTrue();
        assertThat(generate.isEnabled()).isFalse();
        ReportDetails running = reports.list(Optional.of(client.id())).getFirst();
        assertThat(running.period()).isEqualTo(lastWeek);

        generation.generate(agency.id(), running.id()); // what the background task does
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true)); // the
                                                                                        // page's
                                                                                        // next
                                                                                        // poll

        assertThat(find(ProgressBar.class).all()).isEmpty();
        assertThat(generate.isEnabled()).isTrue();
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Download PDF");
        @SuppressWarnings("unchecked")
        Grid<ReportDetails> archive = find(Grid.class).single();
        assertThat(test(archive).size()).isEqualTo(1);
    }

    @Test
    void the_dashboards_link_opens_the_executive_report_and_an_admin_schedules_it() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        UI.getCurrent().navigate(ReportsView.class, QueryParameters.of("kind", "EXECUTIVE"));
        assertThat(find(ClientPicker.class).all()).isEmpty(); // hidden: the executive
                                                              // report covers every
                                                              // client

        test(find(Button.class).withText("Generate report").single()).click();

        ReportDetails running = reports.list(Optional.empty()).getFirst();
        assertThat(running.kind()).isEqualTo(ReportKind.EXECUTIVE);
        assertThat(running.period().zone()).isEqualTo(ZoneId.of("UTC"));
        generation.generate(agency.id(), running.id());
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Download PDF");

        navigate(ReportSchedulesView.class);
        @SuppressWarnings("unchecked")
        Select<ReportKind> kind = find(Select.class).withCaption("Report").single();
        test(kind).selectItem(ReportKind.EXECUTIVE.label());
        assertThat(find(ClientPicker.class).all()).isEmpty(); // hidden: the executive
                                                              // report covers every
                                                              // client
        test(find(TextField.class).withCaption("Recipients (comma-separated)").single()).setValue("ceo@agency.test");
        test(find(Button.class).withText("Add schedule").single()).click();
        @SuppressWarnings("unchecked")
        Grid<ScheduleDetails> schedulesGrid = find(Grid.class).all().getFirst();
        assertThat(test(schedulesGrid).size()).isEqualTo(1);
        assertThat(test(schedulesGrid).getRow(0).kind()).isEqualTo(ReportKind.EXECUTIVE);
        assertThat(test(schedulesGrid).getRow(0).client()).isEmpty();
        assertThat(test(schedulesGrid).getRow(0).zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void a_client_user_sees_only_their_reports_in_the_portal_and_is_refused_the_agency_view() {
        Fixtures.signInAs(fixtures.ownerOf(agency));
        ReportDetails own = reports.request(client.id(), lastWeek);
        ReportDetails others = reports.request(otherClient.id(), lastWeek);
        generation.generate(agency.id(), own.id());
        generation.generate(agency.id(), others.id());
        Fixtures.signOut();
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER));

        navigate(PortalReportsView.class);

        @SuppressWarnings("unchecked")
        Grid<ReportDetails> archive = find(Grid.class).single();
        assertThat(test(archive).size()).isEqualTo(1);
        assertThat(test(archive).getRow(0).id()).isEqualTo(own.id());
        navigate(PortalHomeView.class);
        Div latest = find(Div.class).id("portal-reports");
        assertThat(latest.getElement().getTextRecursively())
            .contains("Integration report " + PdfText.day(lastWeek.start()));
        assertThat(find(Anchor.class).all().stream().filter(a -> a.getText().equals("Download PDF"))).hasSize(1);
        navigate("reports", AccessDeniedView.class);
    }

    @Test
    void an_admin_adds_a_schedule_with_field_errors_for_bad_recipients_and_an_analyst_is_refused() {
        Fixtures.TestUser analyst = fixtures.aUser(agency, Role.ANALYST);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        navigate(ReportSchedulesView.class);
        test(find(ClientPicker.class).single()).selectItem(client.name());
        TextField recipients = find(TextField.class).withCaption("Recipients (comma-separated)").single();

        test(recipients).setValue("ceo@client.test, nobody");
        test(find(Button.class).withText("Add schedule").single()).click();
        assertThat(recipients.isInvalid()).isTrue();
        assertThat(recipients.getErrorMessage()).contains("nobody");

        test(recipients).setValue("ceo@client.test, cfo@client.test");
        test(find(Button.class).withText("Add schedule").single()).click();
        @SuppressWarnings("unchecked")
        Grid<ScheduleDetails> schedulesGrid = find(Grid.class).all().getFirst();
        assertThat(test(schedulesGrid).size()).isEqualTo(1);
        assertThat(test(schedulesGrid).getRow(0).recipients()).containsExactly("ceo@client.test", "cfo@client.test");
        assertThat(test(schedulesGrid).getRow(0).zone()).isEqualTo(client.timeZone());

        Fixtures.signInAs(analyst);
        navigate("reports/schedules", AccessDeniedView.class);
    }

}
