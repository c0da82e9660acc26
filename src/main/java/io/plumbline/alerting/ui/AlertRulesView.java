package io.plumbline.alerting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.alerting.AlertChannelService;
import io.plumbline.alerting.AlertRuleDetails;
import io.plumbline.alerting.AlertRuleService;
import io.plumbline.alerting.KindGuide;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.ui.GridColumns;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/** The agency's alert rules; editors create, change, enable, disable and delete them. */
@Route("alerts/rules")
@PageTitle("Alert rules · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class AlertRulesView extends VerticalLayout {

    private final AlertRuleService rules;

    private final AlertChannelService channels;

    private final ClientService clients;

    private final IntegrationService integrations;

    private final Grid<AlertRuleDetails> grid = new Grid<>();

    private final boolean editor = Access.mayChangeAgencyWork();

    public AlertRulesView(AlertRuleService rules, AlertChannelService channels, ClientService clients,
            IntegrationService integrations) {
        this.rules = rules;
        this.channels = channels;
        this.clients = clients;
        this.integrations = integrations;
        addClassName("pl-page");
        setSizeFull();
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Alert rules"), spacer,
                new RouterLink("← Alerts", AlertsView.class));
        toolbar.addClassName("pl-toolbar");
        if (editor) {
            Button create = new Button("New rule", VaadinIcon.PLUS.create(), e -> open(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        var clientNames = clients.list(true).stream().collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
        grid.addColumn(AlertRuleDetails::name)
            .setHeader("Rule")
            .setWidth("16em")
            .setFlexGrow(1)
            .setTooltipGenerator(AlertRuleDetails::name);
        grid.addColumn(r -> KindGuide.of(r.draft().kind()).label()).setHeader("Watches").setAutoWidth(true);
        grid.addColumn(r -> "%s %s%s".formatted(KindGuide.of(r.draft().kind()).thresholdLabel(),
                BigDecimal.valueOf(r.draft().threshold()).stripTrailingZeros().toPlainString(),
                KindGuide.of(r.draft().kind()).usesWindow() ? " · " + AlertFormat.window(r.draft().window())
                        + (r.draft().shortWindow() == null ? "" : " / " + AlertFormat.window(r.draft().shortWindow()))
                        : ""))
            .setHeader("Condition")
            .setAutoWidth(true);
        grid.addColumn(
                r -> r.draft().client() == null ? "All clients" : clientNames.getOrDefault(r.draft().client(), ""))
            .setHeader("Client")
            .setAutoWidth(true);
        grid.addColumn(r -> r.draft().severity().name().toLowerCase()).setHeader("Severity").setAutoWidth(true);
        grid.addColumn(r -> r.draft().enabled() ? "enabled" : "disabled").setHeader("State").setAutoWidth(true);
        grid.addColumn(r -> r.lastError() != null ? r.lastError()
                : r.lastEvaluatedAt() == null ? "not yet" : Ui.format(r.lastEvaluatedAt()))
            .setHeader("Last evaluated")
            .setWidth("11.5em")
            .setFlexGrow(0)
            .setTooltipGenerator(r -> r.lastError() == null ? "" : r.lastError());
        if (editor) {
            GridColumns.actions(grid, this::actions);
        }
        grid.setEmptyStateText("No alert rules yet.");
        add(toolbar, grid);
        refresh();
    }

    private HorizontalLayout actions(AlertRuleDetails rule) {
        Button edit = new Button("Edit", e -> open(rule));
        Button toggle = new Button(rule.draft().enabled() ? "Disable" : "Enable", e -> {
            rules.setEnabled(rule.id(), !rule.draft().enabled());
            refresh();
        });
        Button delete = new Button("Delete", e -> {
            rules.delete(rule.id());
            Ui.success("Deleted " + rule.name());
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : new Button[] { edit, toggle, delete }) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        return new HorizontalLayout(edit, toggle, delete);
    }

    void open(AlertRuleDetails existing) {
        RuleForm form = new RuleForm(existing, rules.availableKinds(), clients.list(false),
                integrations.list().stream().filter(i -> !i.archived()).toList(), channels.list());
        form.onSave(draft -> {
            AlertRuleDetails saved = existing == null ? rules.create(draft) : rules.update(existing.id(), draft);
            Ui.success("Saved " + saved.name());
            refresh();
        });
        form.open();
    }

    private void refresh() {
        grid.setItems(rules.list());
    }

}
