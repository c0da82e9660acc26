package io.plumbline.sla.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.sla.CampaignWindow;
import io.plumbline.sla.MaintenanceWindow;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaId;
import io.plumbline.sla.SlaEvaluationService;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import io.plumbline.vendorstatus.VendorStatusService;
import io.plumbline.vendorstatus.ui.ProviderPanels;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One SLA: compliance, budget, burn-down, history, and the campaign and maintenance
 * windows behind them.
 */
@Route("sla/:id")
@PageTitle("SLA · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class SlaDetailView extends VerticalLayout implements BeforeEnterObserver {

    static final int HISTORY_MONTHS = 6;

    private final SlaService slas;

    private final SlaEvaluationService compliance;

    private final ClientService clients;

    private final IntegrationService integrations;

    private final boolean editor = Access.mayChangeAgencyWork();

    private final VendorStatusService vendorStatus;

    private SlaDetails sla;

    private ClientDetails client;

    public SlaDetailView(SlaService slas, SlaEvaluationService compliance, ClientService clients,
            IntegrationService integrations, VendorStatusService vendorStatus) {
        this.slas = slas;
        this.vendorStatus = vendorStatus;
        this.compliance = compliance;
        this.clients = clients;
        this.integrations = integrations;
        addClassName("pl-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sla = event.getRouteParameters().get("id").flatMap(SlaId::parse).flatMap(slas::find).orElse(null);
        client = sla == null ? null : clients.find(sla.client()).orElse(null);
        if (client == null) {
            throw new NotFoundException("No such SLA");
        }
        show();
    }

    private void show() {
        removeAll();
        List<IntegrationDetails> ofClient = integrations.listForClient(client.id());
        Map<IntegrationId, String> names = ofClient.stream()
            .collect(Collectors.toMap(IntegrationDetails::id, IntegrationDetails::name));
        String covers = sla.clientWide() ? "all integrations" : names.getOrDefault(sla.integration(), "");
        HorizontalLayout header = new HorizontalLayout(new RouterLink("SLAs", SlasView.class),
                new H2("%s · %s (%s)".formatted(sla.name(), client.name(), covers)));
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        var status = compliance.status(sla.id());
        header.add(SlaSummary.badge(status.current()));
        add(header, new SlaSummary(status, compliance.history(sla.id(), HISTORY_MONTHS), client.timeZone()));
        var window = status.current().window();
        ProviderPanels.forSla(vendorStatus, sla.clientWide() ? List.copyOf(names.keySet()) : List.of(sla.integration()),
                window.start(), status.current().asOf().isBefore(window.end()) ? status.current().asOf() : window.end(),
                client.timeZone())
            .ifPresent(this::add);
        add(campaigns(), maintenance(ofClient, names));
    }

    private Div campaigns() {
        Grid<CampaignWindow> grid = new Grid<>();
        grid.addColumn(CampaignWindow::name).setHeader("Campaign window").setFlexGrow(2);
        grid.addColumn(c -> Ui.figures().dateTime(c.interval().start(), client.timeZone()) + " – "
                + Ui.figures().dateTime(c.interval().end(), client.timeZone()))
            .setHeader("When")
            .setAutoWidth(true);
        grid.addColumn(c -> c.objectives().describe(Ui.figures())).setHeader("Objectives").setAutoWidth(true);
        if (editor) {
            grid.addComponentColumn(c -> remove(() -> slas.removeCampaign(c.id()))).setFlexGrow(0).setAutoWidth(true);
        }
        grid.setItems(slas.campaigns(sla.id()));
        return section("Campaign windows", grid, "Add campaign window", () -> {
            CampaignForm form = new CampaignForm(client.timeZone());
            form.onSave(draft -> {
                slas.addCampaign(sla.id(), draft);
                saved();
            });
            form.open();
        });
    }

    private Div maintenance(List<IntegrationDetails> ofClient, Map<IntegrationId, String> names) {
        Grid<MaintenanceWindow> grid = new Grid<>();
        grid.addColumn(MaintenanceWindow::name).setHeader("Maintenance window").setFlexGrow(2);
        grid.addColumn(m -> m.clientWide() ? "All integrations" : names.getOrDefault(m.integration(), ""))
            .setHeader("Covers")
            .setAutoWidth(true);
        grid.addColumn(m -> m.schedule().describe(client.timeZone())).setHeader("When").setAutoWidth(true);
        grid.addColumn(m -> m.announced()
                ? "Announced, " + m.noticeDays() + (m.noticeDays() == 1 ? " day" : " days") + " ahead"
                : "Not announced")
            .setHeader("Client")
            .setKey("announced")
            .setAutoWidth(true);
        if (editor) {
            grid.addComponentColumn(m -> {
                Button announce = new Button(m.announced() ? "Change notice" : "Announce to client", e -> {
                    AnnounceForm form = new AnnounceForm(m, client.name());
                    form.onSave(days -> {
                        slas.announceMaintenance(m.id(), days);
                        saved();
                    });
                    form.open();
                });
                announce.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                if (!m.announced()) {
                    return announce;
                }
                Button withdraw = new Button("Withdraw", e -> {
                    slas.withdrawAnnouncement(m.id());
                    saved();
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                return new com.vaadin.flow.component.html.Span(announce, withdraw);
            }).setFlexGrow(0).setAutoWidth(true);
            grid.addComponentColumn(m -> remove(() -> slas.removeMaintenance(m.id())))
                .setFlexGrow(0)
                .setAutoWidth(true);
        }
        grid.setItems(slas.maintenance(client.id()));
        return section("Maintenance windows of " + client.name() + " (excluded from every SLA)", grid,
                "Add maintenance window", () -> {
                    MaintenanceForm form = new MaintenanceForm(client,
                            ofClient.stream().filter(i -> !i.archived()).toList());
                    form.onSave(draft -> {
                        slas.addMaintenance(draft);
                        saved();
                    });
                    form.open();
                });
    }

    private Div section(String title, Grid<?> grid, String addLabel, Runnable add) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("None.");
        Div section = new Div(new H3(title), grid);
        if (editor) {
            Button button = new Button(addLabel, e -> add.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(button);
        }
        section.setWidthFull();
        return section;
    }

    private Button remove(Runnable removal) {
        Button button = new Button("Remove", e -> {
            removal.run();
            show();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return button;
    }

    private void saved() {
        Ui.success("Saved");
        show();
    }

}
