package io.plumbline.vendorstatus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.MetricsService;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.ui.Facts;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import io.plumbline.vendorstatus.ProviderComponent;
import io.plumbline.vendorstatus.ProviderIncident;
import io.plumbline.vendorstatus.ProviderIncidentUpdate;
import io.plumbline.vendorstatus.ProviderOverlap;
import io.plumbline.vendorstatus.StatusPageLink;
import io.plumbline.vendorstatus.VendorStatusService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Vendor status, "is it us or them?": every integration with the provider status page it
 * depends on and how polling it goes; for one integration, the provider's incidents of
 * the last 30 days with our own failures during each.
 */
@Route("provider-status/:integration?")
@PageTitle("Provider status · Plumbline")
@Menu(title = "Provider status", order = 26, icon = "vaadin:cloud-o")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class ProviderStatusView extends VerticalLayout implements BeforeEnterObserver {

    static final Duration RECENT = Duration.ofDays(30);

    private final VendorStatusService vendorStatus;

    private final IntegrationService integrations;

    private final MetricsService metrics;

    private final Clock clock;

    private final Map<ClientId, String> clientNames;

    private final boolean editor = Access.mayChangeAgencyWork();

    private IntegrationDetails selected;

    public ProviderStatusView(VendorStatusService vendorStatus, IntegrationService integrations, ClientService clients,
            MetricsService metrics, Clock clock) {
        this.vendorStatus = vendorStatus;
        this.integrations = integrations;
        this.metrics = metrics;
        this.clock = clock;
        this.clientNames = clients.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
        addClassName("pl-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        selected = event.getRouteParameters()
            .get("integration")
            .map(text -> IntegrationId.parse(text)
                .flatMap(integrations::find)
                .orElseThrow(() -> new NotFoundException("No such integration")))
            .orElse(null);
        show();
    }

    private void show() {
        removeAll();
        add(new H2("Provider status"));
        Paragraph intro = new Paragraph("Is it us or them? Name the status page (Atlassian Statuspage) of each "
                + "integration's provider; Plumbline polls it and shows the provider's incidents next to your "
                + "alerts, incidents and SLAs.");
        intro.addClassName("pl-muted");
        add(intro);
        if (selected != null) {
            add(detail(selected), new H3("Every integration"));
        }
        add(overview());
    }

    private Grid<IntegrationDetails> overview() {
        Map<IntegrationId, StatusPageLink> links = vendorStatus.links()
            .stream()
            .collect(Collectors.toMap(StatusPageLink::integration, Function.identity()));
        Grid<IntegrationDetails> grid = new Grid<>();
        grid.addComponentColumn(i -> new RouterLink(i.name(), ProviderStatusView.class,
                new RouteParameters("integration", i.id().toString())))
            .setHeader("Integration")
            .setAutoWidth(true)
            .setFlexGrow(1);
        grid.addColumn(i -> clientNames.getOrDefault(i.client(), "")).setHeader("Client").setAutoWidth(true);
        grid.addColumn(i -> Optional.ofNullable(links.get(i.id())).map(StatusPageLink::provider).orElse("—"))
            .setHeader("Status page")
            .setAutoWidth(true);
        grid.addColumn(i -> Optional.ofNullable(links.get(i.id())).map(StatusPageLink::scope).orElse(""))
            .setHeader("Component")
            .setAutoWidth(true);
        grid.addComponentColumn(i -> pollState(links.get(i.id()))).setHeader("Polling").setWidth("16em").setFlexGrow(1);
        if (editor) {
            grid.addComponentColumn(i -> {
                Button configure = new Button(links.containsKey(i.id()) ? "Change" : "Name status page",
                        e -> configure(i, links.get(i.id())));
                configure.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                HorizontalLayout actions = new HorizontalLayout(configure);
                if (links.containsKey(i.id())) {
                    Button remove = new Button("Remove", e -> {
                        vendorStatus.remove(i.id());
                        Ui.success("Removed");
                        show();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    actions.add(remove);
                }
                return actions;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(integrations.list().stream().filter(i -> !i.archived()).toList());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No integrations yet.");
        grid.setId("provider-status");
        return grid;
    }

    private static Span pollState(StatusPageLink link) {
        if (link == null) {
            return new Span("");
        }
        var state = link.state();
        if (state.failing()) {
            Span failed = Ui.badge("Last poll failed: " + state.lastError(), "bad");
            failed.getElement()
                .setAttribute("title", "Tried " + Ui.format(state.lastPolledAt()) + "; " + state.consecutiveFailures()
                        + " in a row; next try " + Ui.format(state.nextPollAt()));
            return failed;
        }
        if (state.lastSuccessAt() == null) {
            return Ui.badge("Not polled yet", "none");
        }
        String tone = switch (state.overallIndicator() == null ? "none" : state.overallIndicator()) {
            case "none" -> "ok";
            case "minor", "maintenance" -> "warn";
            default -> "bad";
        };
        return Ui.badge((state.overallStatus() == null ? "Polled" : state.overallStatus()) + " · "
                + Ui.format(state.lastSuccessAt()), tone);
    }

    private void configure(IntegrationDetails integration, StatusPageLink existing) {
        StatusPageForm form = new StatusPageForm(integration.name(), existing, vendorStatus::fetchComponents);
        form.onSave(draft -> {
            ProviderComponent component = draft.component();
            vendorStatus.configure(integration.id(), draft.url(), component == null ? null : component.externalId(),
                    component == null ? null : component.label());
            Ui.success("Saved; the page is polled now");
            show();
        });
        form.open();
    }

    private Div detail(IntegrationDetails integration) {
        Div section = new Div(new H3(integration.name() + ": provider status"));
        section.setWidthFull();
        Optional<StatusPageLink> link = vendorStatus.link(integration.id());
        if (editor) {
            Button configure = new Button(link.isPresent() ? "Change status page" : "Name status page",
                    e -> configure(integration, link.orElse(null)));
            configure.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(configure);
        }
        if (link.isEmpty()) {
            section.add(new Paragraph("No status page named for " + integration.name() + "."));
            return section;
        }
        StatusPageLink page = link.get();
        var state = page.state();
        Facts facts = new Facts().fact("Status page", page.baseUrl())
            .fact("Component", page.scope())
            .fact("Provider says", state.overallStatus() == null ? "—" : state.overallStatus())
            .fact("Last good poll", Ui.format(state.lastSuccessAt()))
            .fact("Next poll", Ui.format(state.nextPollAt()));
        if (state.failing()) {
            facts.fact("Last poll failed", state.lastError() + " (" + Ui.format(state.lastPolledAt()) + ", "
                    + state.consecutiveFailures() + " in a row; the data below is from the last good poll)");
        }
        section.add(facts);
        if (editor) {
            Button pollNow = new Button("Poll now", e -> {
                var polled = vendorStatus.pollNow(integration.id());
                if (polled.state().failing()) {
                    Ui.error("Last poll failed: " + polled.state().lastError());
                }
                else {
                    Ui.success("Polled");
                }
                show();
            });
            pollNow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(pollNow);
        }
        List<ProviderComponent> components = vendorStatus.components(integration.id());
        components.stream()
            .filter(c -> !page.wholePage() && c.externalId().equals(page.componentId()))
            .findFirst()
            .ifPresent(c -> section.add(new Paragraph(c.label() + ": " + ProviderComponent.words(c.status())
                    + " (as of " + Ui.format(c.updatedAt()) + ").")));
        Instant now = clock.instant();
        Instant from = now.minus(RECENT);
        List<ProviderOverlap> overlaps = vendorStatus.overlaps(integration.id(), from, now);
        section.add(new H3("On " + page.scope() + " in the last 30 days"));
        if (overlaps.isEmpty()) {
            section.add(new Paragraph(page.provider() + " reported nothing on " + page.scope() + "."));
        }
        for (ProviderOverlap overlap : overlaps) {
            Instant end = overlap.to() == null ? now : overlap.to();
            HealthSummary ours = metrics.health(integration.id(), overlap.from(), end);
            Paragraph line = new Paragraph(new Span(overlap.describe(ZoneOffset.UTC) + ". "),
                    new Span(ours.total() == 0 ? "No calls of ours recorded then."
                            : "Ours then: %d failed of %d calls.".formatted(ours.total() - ours.good(), ours.total())));
            Anchor open = new Anchor(overlap.link(), " Provider's page");
            open.setTarget(AnchorTarget.BLANK);
            open.getElement().setAttribute("rel", "noopener noreferrer");
            line.add(open);
            line.addClassName("pl-provider-overlap");
            section.add(line);
        }
        List<ProviderIncident> incidents = vendorStatus.incidents(integration.id(), from, now);
        Grid<ProviderIncident> grid = new Grid<>();
        grid.addColumn(i -> ProviderOverlap.span(i.startedAt(), i.resolvedAt(), ZoneOffset.UTC))
            .setHeader("When")
            .setAutoWidth(true);
        grid.addComponentColumn(i -> {
            if (i.shortlink() == null) {
                return new Span(i.name());
            }
            Anchor anchor = new Anchor(i.shortlink(), i.name());
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            return anchor;
        }).setHeader("Incident").setFlexGrow(2);
        grid.addColumn(ProviderIncident::impact).setHeader("Impact").setAutoWidth(true);
        grid.addColumn(ProviderIncident::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(i -> i.components().isEmpty() ? "none named" : String.join(", ", i.components()))
            .setHeader("Components")
            .setFlexGrow(1);
        grid.addColumn(i -> i.updates().stream().findFirst().map(ProviderStatusView::update).orElse(""))
            .setHeader("Latest update")
            .setFlexGrow(3);
        grid.setItems(incidents);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No incident on the page in the last 30 days.");
        grid.setId("provider-incidents");
        section.add(new H3("Every incident of " + page.provider() + " in the last 30 days"), grid);
        return section;
    }

    private static String update(ProviderIncidentUpdate update) {
        return update.status() + " · " + Ui.figures().utc(update.at()) + ": " + update.body();
    }

}
