package io.plumbline.health.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.MetricsService;
import io.plumbline.tenancy.ClientDetails;
import java.time.Clock;
import java.util.List;

/** Integration and period pickers over a {@link HealthDashboard} of one client. */
class HealthPanel extends VerticalLayout {

    private final MetricsService metrics;

    private final Clock clock;

    private final ClientDetails client;

    private final List<IntegrationDetails> integrations;

    private final ComboBox<IntegrationDetails> integration = new ComboBox<>("Integration");

    private final PeriodPicker period;

    private final Div dashboard = new Div();

    HealthPanel(MetricsService metrics, IntegrationService integrationService, Clock clock, ClientDetails client,
            String integrationKey) {
        this.metrics = metrics;
        this.clock = clock;
        this.client = client;
        this.integrations = integrationService.listForClient(client.id()).stream().filter(i -> !i.archived()).toList();
        this.period = new PeriodPicker(clock, client.timeZone());
        setPadding(false);
        integration.setItems(integrations);
        integration.setItemLabelGenerator(IntegrationDetails::name);
        integration.setPlaceholder("All integrations");
        integration.setClearButtonVisible(true);
        integrations.stream().filter(i -> i.key().equals(integrationKey)).findFirst().ifPresent(integration::setValue);
        integration.addValueChangeListener(e -> refresh());
        period.addChangeListener(e -> refresh());
        HorizontalLayout controls = new HorizontalLayout(integration, period);
        controls.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        controls.addClassName("pl-toolbar");
        dashboard.setWidthFull();
        add(controls, dashboard);
        refresh();
    }

    private void refresh() {
        dashboard.removeAll();
        dashboard
            .add(new HealthDashboard(metrics, clock, client, integrations, integration.getValue(), period.period()));
    }

}
