package io.plumbline.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.retention.ui.ContractImportView;
import io.plumbline.retention.ui.ContractView;
import io.plumbline.retention.ui.RetentionView;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class RetentionViewsIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    RetentionService retention;

    TestAgency agency;

    ClientDetails client;

    ContractDetails contract;

    LocalDate today;

    @BeforeEach
    void aContractDueInTenDays() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        today = retention.today();
        Fixtures.signInAs(fixtures.ownerOf(agency));
        contract = retention.create(new ContractDraft(client.id(), "RETAINER", today.minusMonths(6), today.plusDays(10),
                new BigDecimal("2500"), "GBP"));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void executive_sees_kpis_with_formulas_charts_and_the_due_contract_but_no_editing() {
        RetentionTestUsers.signInAs(fixtures, agency, Role.EXECUTIVE, null);

        navigate(RetentionView.class);

        assertThat(find(Span.class).withClassName("pl-kpi-formula").all()).hasSize(6)
            .anySatisfy(f -> assertThat(f.getText()).contains("(opening MRR − contraction − churned) ÷ opening MRR"));
        assertThat(find(Span.class).withClassName("pl-kpi-value").all()).extracting(Span::getText)
            .contains("GBP 2,500.00");
        assertThat(find(com.vaadin.flow.component.Svg.class).all()).hasSize(2);
        assertThat(find(Button.class).withText("New contract").all()).isEmpty();
        @SuppressWarnings("unchecked")
        List<Grid<ContractDetails>> grids = find(Grid.class).all()
            .stream()
            .map(g -> (Grid<ContractDetails>) g)
            .toList();
        // Upcoming renewals and contracts: the one contract in each, and no column of
        // actions.
        assertThat(grids).hasSize(2).allSatisfy(g -> assertThat(test(g).size()).isEqualTo(1));
        assertThat(grids).extracting(g -> g.getColumns().size()).containsExactly(5, 6);
    }

    @Test
    void owner_renews_in_the_dialog_and_sees_the_refusal_on_the_field_first() {
        UI.getCurrent().navigate("retention/contracts/" + contract.id());
        test(find(Button.class).withText("Renew").single()).click();
        DatePicker next = find(DatePicker.class).withLabel("Next renewal date").single();
        next.setValue(today.minusDays(1));

        test(find(Button.class).withText("Renew").last()).click();

        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).contains("must be after this term's renewal");
        next.setValue(today.plusYears(1));
        find(BigDecimalField.class).withLabel("New monthly value").single().setValue(new BigDecimal("2750"));
        test(find(Button.class).withText("Renew").last()).click();
        assertThat(retention.contracts()).extracting(ContractDetails::status)
            .containsExactlyInAnyOrder(ContractStatus.RENEWED, ContractStatus.ACTIVE);
    }

    @Test
    void the_new_contract_form_shows_each_validation_message_on_its_field() {
        navigate(RetentionView.class);
        test(find(Button.class).withText("New contract").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<ClientDetails> clientBox = find(ComboBox.class).withLabel("Client").single();
        clientBox.setValue(client);
        TextField reference = find(TextField.class).withLabel("Reference").single();
        reference.setValue("SECOND");
        find(DatePicker.class).withLabel("Start date").single().setValue(today);
        find(DatePicker.class).withLabel("Renewal date").single().setValue(today.plusYears(1));
        BigDecimalField value = find(BigDecimalField.class).withLabel("Monthly value").single();
        value.setValue(new BigDecimal("-5"));

        test(find(Button.class).withText("Create").single()).click();
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("The monthly value must be above 0.");

        reference.setValue("RETAINER");
        value.setValue(new BigDecimal("99"));
        test(find(Button.class).withText("Create").single()).click();
        assertThat(reference.getErrorMessage()).contains("already has a contract 'RETAINER'");
    }

    @Test
    void the_churn_form_asks_for_a_reason() {
        UI.getCurrent().navigate("retention/contracts/" + contract.id());
        test(find(Button.class).withText("Churn").single()).click();
        @SuppressWarnings("unchecked")
        Select<ChurnCategory> category = find(Select.class).withLabel("Reason").single();
        category.setValue(ChurnCategory.RELIABILITY);

        test(find(Button.class).withText("Record churn").single()).click();

        TextArea reason = find(TextArea.class).withLabel("What happened").single();
        assertThat(reason.getErrorMessage()).isEqualTo("Describe what happened, in a sentence.");
        reason.setValue("Outages during the spring campaign");
        test(find(Button.class).withText("Record churn").single()).click();
        assertThat(retention.find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.CHURNED);
    }

    @Test
    void the_import_view_previews_problems_by_line_and_imports_only_a_clean_file() throws Exception {
        navigate(ContractImportView.class);
        ContractImportView view = (ContractImportView) getCurrentView();
        var accept = ContractImportView.class.getDeclaredMethod("accept", String.class, byte[].class);
        accept.setAccessible(true);
        String bad = "client,reference,start_date,renewal_date,monthly_value,currency\n%s,NEW,2026-01-01,2025-01-01,10,EUR\n"
            .formatted(client.name());
        accept.invoke(view, "bad.csv", bad.getBytes());

        Button confirm = find(Button.class).withTextContaining("Import").single();
        assertThat(confirm.isEnabled()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withTextContaining("1 problem(s)").all())
            .hasSize(1);

        accept.invoke(view, "good.csv", bad.replace("2025-01-01", "2027-01-01").getBytes());
        test(find(Button.class).withText("Import 1 term(s)").single()).click();
        assertThat(retention.contracts()).extracting(ContractDetails::reference).contains("NEW");
    }

    @Test
    void another_agencys_contract_id_answers_not_found() {
        Fixtures.signInAs(fixtures.ownerOf(fixtures.anAgency()));

        UI.getCurrent().navigate("retention/contracts/" + contract.id());

        assertThat(getCurrentView()).isNotInstanceOf(ContractView.class);
    }

    @Test
    void client_users_and_analysts_are_refused_the_views_they_may_not_use() {
        RetentionTestUsers.signInAs(fixtures, agency, Role.CLIENT_ADMIN, client);
        UI.getCurrent().navigate("retention");
        assertThat(getCurrentView()).isNotInstanceOf(RetentionView.class);
        UI.getCurrent().navigate("retention/contracts/" + contract.id());
        assertThat(getCurrentView()).isNotInstanceOf(ContractView.class);

        RetentionTestUsers.signInAs(fixtures, agency, Role.ANALYST, null);
        UI.getCurrent().navigate("retention/import");
        assertThat(getCurrentView()).isNotInstanceOf(ContractImportView.class);
        UI.getCurrent().navigate("retention");
        assertThat(getCurrentView()).isInstanceOf(RetentionView.class);
    }

}
