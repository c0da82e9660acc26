package io.plumbline.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class ContractImportIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    RetentionService retention;

    TestAgency agency;

    ClientDetails acme;

    ClientDetails umbrella;

    @BeforeEach
    void twoClients() {
        agency = fixtures.anAgency();
        acme = fixtures.aClient(agency);
        umbrella = fixtures.aClient(agency);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    String goodFile() {
        return """
                client,reference,start_date,renewal_date,monthly_value,currency,status,churn_date,churn_category,churn_reason
                %1$s,ACME-RETAINER,2025-01-01,2026-01-01,4200.00,EUR,RENEWED,,,
                %1$s,ACME-RETAINER,2026-01-01,2027-01-01,4800.00,EUR,ACTIVE,,,
                %2$s,UMB-OPS,2025-06-01,2026-06-01,3100,GBP,CHURNED,2026-03-01,reliability,"Outages in Q4,
                and a missed SLA"
                """
            .formatted(acme.name(), umbrella.name());
    }

    @Test
    void a_valid_file_is_previewed_imported_with_renewals_linked_and_a_second_import_adds_nothing() {
        ContractImportPreview preview = retention.previewImport(goodFile());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.newRows()).isEqualTo(3);
        assertThat(retention.contracts()).isEmpty();

        retention.importContracts("contracts.csv", goodFile());

        List<ContractDetails> stored = retention.contracts();
        assertThat(stored).hasSize(3);
        ContractDetails second = stored.stream()
            .filter(c -> c.reference().equals("ACME-RETAINER") && c.status().open())
            .findFirst()
            .orElseThrow();
        assertThat(retention.find(second.previous()).orElseThrow().status()).isEqualTo(ContractStatus.RENEWED);
        ContractDetails churned = stored.stream()
            .filter(c -> c.reference().equals("UMB-OPS"))
            .findFirst()
            .orElseThrow();
        assertThat(churned.churn().reason()).isEqualTo("Outages in Q4,\nand a missed SLA");

        ContractImportPreview again = retention.previewImport(goodFile());
        assertThat(again.newRows()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(3);
        assertThat(again.importable()).isFalse();
        assertThatThrownBy(() -> retention.importContracts("contracts.csv", goodFile()))
            .isInstanceOf(ContractImportException.class);
        assertThat(retention.contracts()).hasSize(3);
    }

    @Test
    void problems_name_the_physical_line_and_column_and_nothing_is_stored() {
        String file = """
                client,reference,start_date,renewal_date,monthly_value,currency,status,churn_date,churn_category,churn_reason
                %1$s,OK-ONE,2026-01-01,2027-01-01,100,EUR,,,,
                %2$s,MULTI,2026-01-01,2027-01-01,100,EUR,CHURNED,2026-05-01,price,"first line
                second line"
                Nobody Ltd,X,2026-01-01,2027-01-01,100,EUR,,,,

                %1$s,BAD-DATE,01/02/2026,2027-01-01,"1,200",EURO,,,,
                %1$s,OK-ONE,2026-01-01,2027-01-01,100,EUR,,,,
                """
            .formatted(acme.name(), umbrella.name());

        ContractImportPreview preview = retention.previewImport(file);

        assertThat(preview.problems()).extracting(ImportProblem::line, ImportProblem::column)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "client"),
                    org.assertj.core.groups.Tuple.tuple(7, "start_date"),
                    org.assertj.core.groups.Tuple.tuple(7, "currency"),
                    org.assertj.core.groups.Tuple.tuple(7, "monthly_value"),
                    org.assertj.core.groups.Tuple.tuple(8, null));
        assertThat(preview.problems().get(0).message()).contains("Nobody Ltd");
        assertThat(preview.problems().get(4).message()).contains("line 2");
        assertThatThrownBy(() -> retention.importContracts("bad.csv", file))
            .isInstanceOf(ContractImportException.class);
        assertThat(retention.contracts()).isEmpty();
    }

    @Test
    void a_row_that_differs_from_the_stored_term_or_breaks_the_chain_is_refused() {
        retention.importContracts("first.csv", goodFile());
        String changed = """
                client,reference,start_date,renewal_date,monthly_value,currency
                %1$s,ACME-RETAINER,2026-01-01,2027-01-01,5000.00,EUR
                %1$s,ACME-RETAINER,2027-01-01,2028-01-01,5000.00,EUR
                """.formatted(acme.name());

        ContractImportPreview preview = retention.previewImport(changed);

        assertThat(preview.problems()).extracting(ImportProblem::line).containsExactly(2, 3);
        assertThat(preview.problems().get(0).message()).contains("monthly value (4800.00 EUR)");
        assertThat(preview.problems().get(1).message()).contains("renew it in Plumbline");
    }

    @Test
    void a_missing_column_is_reported_on_the_header_line() {
        ContractImportPreview preview = retention.previewImport("client,reference,start_date\nAcme,X,2026-01-01\n");

        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("renewal_date", "monthly_value", "currency");
        });
    }

    @Test
    void another_agencys_import_never_matches_this_agencys_clients() {
        Fixtures.signInAs(fixtures.ownerOf(fixtures.anAgency()));

        ContractImportPreview preview = retention.previewImport(goodFile());

        assertThat(preview.problems()).extracting(ImportProblem::column).containsOnly("client");
    }

}
