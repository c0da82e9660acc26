package io.plumbline.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.insight.ui.InsightView;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class InsightViewIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InsightPortfolio portfolio;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void an_executive_sees_one_row_per_client_the_formula_and_too_few_clients_instead_of_a_line() {
        TestAgency agency = fixtures.anAgency();
        portfolio.clientsWithTrafficAndAnswers(agency, "Client", 3);
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        navigate(InsightView.class);

        @SuppressWarnings("unchecked")
        Grid<ClientInsight> table = find(Grid.class).single();
        assertThat(test(table).size()).isEqualTo(3);
        assertThat(find(Paragraph.class).withClassName("pl-insight-formula").single().getText())
            .contains(AtRiskScore.FORMULA);
        List<String> details = find(Span.class).withClassName("pl-kpi-detail")
            .all()
            .stream()
            .map(Span::getText)
            .toList();
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Too few clients (n = 3 < 8)"));
        assertThat(find(Span.class).withClassName("pl-kpi-value").all()).extracting(Span::getText)
            .contains("Too few clients");
        assertThat(find(com.vaadin.flow.component.Svg.class).all()).hasSize(1);
        assertThat(find(Anchor.class).withText("Download CSV").all()).hasSize(1);
    }

    @Test
    void eight_clients_get_a_measured_correlation_in_words() {
        TestAgency agency = fixtures.anAgency();
        portfolio.clientsWithTrafficAndAnswers(agency, "Client", 8);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));

        navigate(InsightView.class);

        // "Last quarter" (the default) holds yesterday: the same eight clients as
        // InsightServiceIT.
        assertThat(find(Span.class).withClassName("pl-kpi-detail").all()).extracting(Span::getText)
            .anySatisfy(d -> assertThat(d).startsWith("ρ = 0.98 (95 % CI ").contains("n = 8 clients — Spearman"));
    }

    @Test
    void client_users_are_refused_the_page() {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN));

        UI.getCurrent().navigate("insight");

        assertThat(getCurrentView()).isNotInstanceOf(InsightView.class);
    }

}
