package io.plumbline.survey.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.shared.ui.Ui;
import io.plumbline.survey.Audience;
import io.plumbline.survey.PeriodKind;
import io.plumbline.survey.Satisfaction;
import io.plumbline.survey.SatisfactionService;
import io.plumbline.survey.SurveyPeriod;
import io.plumbline.survey.SurveyResponse;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * NPS, CSAT, counts and comments per client for the chosen audience and period, with the
 * trend.
 */
@Route("satisfaction")
@PageTitle("Satisfaction · Plumbline")
@Menu(title = "Satisfaction", order = 40, icon = "vaadin:smiley-o")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class SatisfactionView extends VerticalLayout {

    static final int TREND_PERIODS = 9;

    private final SatisfactionService satisfaction;

    private final Map<ClientId, String> names;

    private final Select<Audience> audience = new Select<>();

    private final Select<PeriodKind> kind = new Select<>();

    private final ComboBox<ClientDetails> client = new ComboBox<>();

    private final Grid<Satisfaction> table = new Grid<>();

    private final Grid<SurveyResponse> comments = new Grid<>();

    private final Div trend = new Div();

    private final H3 tableTitle = new H3();

    public SatisfactionView(SatisfactionService satisfaction, ClientService clients) {
        this.satisfaction = satisfaction;
        List<ClientDetails> all = clients.list(true);
        this.names = all.stream().collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
        addClassName("pl-page");
        audience.setLabel("Audience");
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(Audience::label);
        audience.setValue(Audience.CLIENT);
        kind.setLabel("Period");
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(k -> k == PeriodKind.MONTH ? "Month" : "Quarter");
        kind.setValue(PeriodKind.QUARTER);
        client.setLabel("Client");
        client.setPlaceholder("All clients");
        client.setItems(all);
        client.setItemLabelGenerator(ClientDetails::name);
        client.setClearButtonVisible(true);
        audience.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        client.addValueChangeListener(e -> refresh());
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Satisfaction"), spacer, audience, kind, client,
                new RouterLink("Import responses", SurveyImportView.class),
                new RouterLink("Staff survey", StaffSurveyView.class));
        toolbar.addClassName("pl-toolbar");
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        table.addColumn(s -> names.getOrDefault(s.client(), "")).setHeader("Client").setKey("Client").setFlexGrow(2);
        table.addColumn(SatisfactionCharts::nps).setHeader("NPS").setKey("NPS").setAutoWidth(true);
        table.addColumn(SatisfactionCharts::csat).setHeader("CSAT").setKey("CSAT").setAutoWidth(true);
        table.addColumn(Satisfaction::responses).setHeader("Responses").setKey("Responses").setAutoWidth(true);
        table.addColumn(Satisfaction::comments).setHeader("Comments").setAutoWidth(true);
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.setEmptyStateText("No responses in this period.");
        comments.addColumn(r -> Ui.format(r.submittedAt())).setHeader("Submitted").setAutoWidth(true);
        comments.addColumn(r -> names.getOrDefault(r.client(), "")).setHeader("Client").setAutoWidth(true);
        comments.addColumn(r -> r.audience().label()).setHeader("Audience").setAutoWidth(true);
        comments.addColumn(r -> r.nps() == null ? "—" : r.nps().toString()).setHeader("NPS").setAutoWidth(true);
        comments.addColumn(r -> r.csat() == null ? "—" : r.csat().toString()).setHeader("CSAT").setAutoWidth(true);
        comments.addColumn(SurveyResponse::comment).setHeader("Comment").setFlexGrow(3);
        comments.setEmptyStateText("No comments in these periods.");
        comments.setHeight("320px");
        add(toolbar, new Paragraph("NPS = % promoters (9–10) − % detractors (0–6) of the NPS answers; CSAT = share of "
                + "4–5 answers on the 1–5 scale. Internal staff rate the data quality they see per client (1–5)."),
                tableTitle, table, trend, new H3("Comments"), comments);
        trend.addClassName("pl-charts");
        trend.setWidthFull();
        refresh();
    }

    private void refresh() {
        SurveyPeriod current = satisfaction.currentPeriod(kind.getValue());
        tableTitle.setText("Per client · " + current.label());
        List<Satisfaction> rows = satisfaction.byClient(current, audience.getValue())
            .stream()
            .filter(s -> client.getValue() == null || s.client().equals(client.getValue().id()))
            .sorted(Comparator.comparing(s -> names.getOrDefault(s.client(), "")))
            .toList();
        table.setItems(rows);
        List<Satisfaction> periods = client.getValue() == null
                ? satisfaction.portfolioTrend(audience.getValue(), kind.getValue(), TREND_PERIODS)
                : satisfaction.trend(client.getValue().id(), audience.getValue(), kind.getValue(), TREND_PERIODS);
        trend.removeAll();
        trend.add(SatisfactionCharts
            .trend("Trend · " + (client.getValue() == null ? "all clients" : client.getValue().name()) + " · "
                    + audience.getValue().label(), periods));
        comments.setItems(satisfaction.comments(client.getValue() == null ? null : client.getValue().id(),
                audience.getValue(), periods.getFirst().period(), current));
    }

}
