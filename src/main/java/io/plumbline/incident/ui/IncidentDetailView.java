package io.plumbline.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentId;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentUpdate;
import io.plumbline.incident.InternalNote;
import io.plumbline.incident.RootCause;
import io.plumbline.incident.SlaAroundFix;
import io.plumbline.incident.TimelineEntry;
import io.plumbline.incident.UpdateState;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.ui.Facts;
import io.plumbline.shared.ui.Ui;
import io.plumbline.sla.SlaEvaluation;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import io.plumbline.vendorstatus.VendorStatusService;
import io.plumbline.vendorstatus.ui.ProviderPanels;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One incident: facts and key times, the timeline, the root cause, the client-facing
 * summary with publishing, the internal notes, and SLA compliance in the 30 days before
 * and after the fix.
 */
@Route("incidents/:id")
@PageTitle("Incident · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class IncidentDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final IncidentService incidents;

    private final ClientService clients;

    private final IntegrationService integrations;

    private final boolean editor = Access.mayChangeAgencyWork();

    private final Select<RootCause> cause = new Select<>();

    private final VendorStatusService vendorStatus;

    private IncidentDetails incident;

    private ClientDetails client;

    public IncidentDetailView(IncidentService incidents, ClientService clients, IntegrationService integrations,
            VendorStatusService vendorStatus) {
        this.incidents = incidents;
        this.vendorStatus = vendorStatus;
        this.clients = clients;
        this.integrations = integrations;
        addClassName("pl-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        incident = event.getRouteParameters()
            .get("id")
            .flatMap(IncidentId::parse)
            .flatMap(incidents::find)
            .orElse(null);
        client = incident == null ? null : clients.find(incident.client()).orElse(null);
        if (client == null) {
            throw new NotFoundException("No such incident");
        }
        show();
    }

    private void show() {
        removeAll();
        incident = incidents.find(incident.id()).orElseThrow();
        List<IntegrationDetails> ofClient = integrations.listForClient(client.id());
        HorizontalLayout header = new HorizontalLayout(new RouterLink("Incidents", IncidentsView.class),
                new H2(incident.title() + " · " + client.name()), IncidentFormat.severity(incident.severity()),
                IncidentFormat.state(incident.state()));
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (editor) {
            header.add(button("Edit", () -> edit(ofClient)), button("Add timeline entry", this::addEntry),
                    button("Post update", this::postUpdate));
        }
        add(header, facts(ofClient), causeSection(), clientUpdates());
        ProviderPanels
            .forIncident(vendorStatus, incident.id().value(), incident.integrations(), incident.detectedAt(),
                    incident.resolvedAt(), incident.cause() == RootCause.PROVIDER_OUTAGE, editor, this::show)
            .ifPresent(this::add);
        add(timeline(), summary(), notes(), slaAroundFix());
    }

    private Facts facts(List<IntegrationDetails> ofClient) {
        Map<IntegrationId, String> names = ofClient.stream()
            .collect(Collectors.toMap(IntegrationDetails::id, IntegrationDetails::name));
        return new Facts()
            .fact("Affected integrations",
                    incident.integrations().isEmpty() ? "none named"
                            : incident.integrations()
                                .stream()
                                .map(id -> names.getOrDefault(id, "?"))
                                .collect(Collectors.joining(", ")))
            .fact("Fault began (detected)", Ui.format(incident.detectedAt()))
            .fact("Raised", Ui.format(incident.openedAt()) + " by " + incident.openedBy())
            .fact("Time to detect", IncidentFormat.duration(incident.timeToDetect()))
            .fact("Acknowledged", Ui.format(incident.acknowledgedAt()))
            .fact("Diagnosed", Ui.format(incident.diagnosedAt()))
            .fact("Resolved", Ui.format(incident.resolvedAt()))
            .fact("Time to resolve", IncidentFormat.duration(incident.timeToResolve()));
    }

    private Div causeSection() {
        cause.setLabel("Root cause");
        cause.setItems(RootCause.values());
        cause.setItemLabelGenerator(RootCause::label);
        cause.setPlaceholder("Not yet known");
        cause.setValue(incident.cause());
        cause.setReadOnly(!editor);
        cause.setHelperText("Required to resolve");
        Div section = new Div(cause);
        if (editor) {
            section.add(button("Save cause", () -> act(() -> incidents.setCause(incident.id(), cause.getValue()),
                    e -> Ui.showOn(e, Map.of("cause", cause)))));
        }
        return section;
    }

    private Div timeline() {
        Grid<TimelineEntry> grid = new Grid<>();
        grid.addColumn(e -> Ui.format(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.kind().label()).setHeader("Entry").setKey("Entry").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader("Note").setFlexGrow(3);
        grid.addColumn(TimelineEntry::by).setHeader("By").setAutoWidth(true);
        grid.setId("timeline");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(incidents.timeline(incident.id()));
        return section("Timeline", grid);
    }

    private Div clientUpdates() {
        Div section = new Div(new H3("Updates to the client"));
        List<IncidentUpdate> posted = incidents.updates(incident.id());
        Paragraph hint = new Paragraph(posted.isEmpty()
                ? "No update posted: " + client.name() + " hears nothing until you post one (or publish the summary)."
                : "Published: " + client.name() + " reads these in their portal, feed and subscribed e-mail.");
        hint.addClassName("pl-muted");
        section.add(hint);
        Grid<IncidentUpdate> grid = new Grid<>();
        grid.addColumn(u -> Ui.format(u.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> u.state().label()).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IncidentUpdate::text).setHeader("Text").setFlexGrow(3);
        grid.addColumn(IncidentUpdate::by).setHeader("By").setAutoWidth(true);
        grid.setId("client-updates");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(posted);
        if (!posted.isEmpty()) {
            section.add(grid);
            sectionStyle(section, grid);
        }
        section.setWidthFull();
        return section;
    }

    private void postUpdate() {
        List<IncidentUpdate> posted = incidents.updates(incident.id());
        UpdateState suggested = incident.resolved() ? UpdateState.RESOLVED
                : posted.isEmpty() ? UpdateState.INVESTIGATING : posted.getFirst().state();
        UpdateForm form = new UpdateForm(client.name(), suggested);
        form.onSave(draft -> {
            incidents.postUpdate(incident.id(), draft);
            Ui.success("Update posted to " + client.name());
            show();
        });
        form.open();
    }

    private Div summary() {
        Div section = new Div(new H3("Client-facing summary"));
        Paragraph status = new Paragraph(incident.summaryPublished()
                ? "Published " + Ui.format(incident.summaryPublishedAt()) + ": " + client.name()
                        + " sees it in their portal." + (incident.summaryChangedSincePublished()
                                ? " The draft below has changes not yet published." : "")
                : "Not published: " + client.name() + " does not see this incident.");
        status.addClassName("pl-muted");
        TextArea text = new TextArea();
        text.setWidthFull();
        text.setMaxLength(4_000);
        text.setValue(incident.summaryDraft() == null ? "" : incident.summaryDraft());
        text.setPlaceholder("What happened, what it meant for you, what we changed so it does not happen again.");
        text.setReadOnly(!editor);
        text.setAriaLabel("Client-facing summary");
        text.setId("client-summary");
        section.add(status, text);
        if (editor) {
            HorizontalLayout actions = new HorizontalLayout(
                    button("Save draft",
                            () -> act(() -> incidents.saveSummary(incident.id(), text.getValue()),
                                    e -> Ui.showOn(e, Map.of("summary", text)))),
                    button(incident.summaryPublished() ? "Publish changes" : "Publish to portal", () -> act(() -> {
                        incidents.saveSummary(incident.id(), text.getValue());
                        return incidents.publishSummary(incident.id());
                    }, e -> Ui.showOn(e, Map.of("summary", text)))));
            if (incident.summaryPublished()) {
                actions.add(button("Unpublish",
                        () -> act(() -> incidents.unpublishSummary(incident.id()), e -> Ui.error(e.getMessage()))));
            }
            section.add(actions);
        }
        section.setWidthFull();
        return section;
    }

    private Div notes() {
        Div section = new Div(new H3("Internal notes"));
        Paragraph hint = new Paragraph("For the agency only; never shown to " + client.name() + ".");
        hint.addClassName("pl-muted");
        section.add(hint);
        for (InternalNote note : incidents.notes(incident.id())) {
            Paragraph line = new Paragraph(new Span(Ui.format(note.at()) + " · " + note.by() + ": "),
                    new Span(note.text()));
            line.addClassName("pl-note");
            section.add(line);
        }
        if (editor) {
            TextArea text = new TextArea();
            text.setWidthFull();
            text.setAriaLabel("New internal note");
            text.setPlaceholder("A note for the team");
            section.add(text, button("Add note", () -> act(() -> incidents.addNote(incident.id(), text.getValue()),
                    e -> Ui.showOn(e, Map.of("note", text)))));
        }
        section.setWidthFull();
        return section;
    }

    private Div slaAroundFix() {
        Div section = new Div(new H3("SLA compliance: 30 days before and after the fix"));
        if (!incident.resolved()) {
            section.add(new Paragraph("Shown once the incident is resolved."));
            return section;
        }
        Grid<SlaAroundFix> grid = new Grid<>();
        grid.addColumn(s -> s.sla().name()).setHeader("SLA").setFlexGrow(2);
        grid.addColumn(s -> String.format(Ui.figures().locale(), "%.3f %%", s.sla().objectives().availabilityPercent()))
            .setHeader("Objective")
            .setAutoWidth(true);
        grid.addColumn(s -> compliance(s.before())).setHeader("30 days before").setKey("Before").setAutoWidth(true);
        grid.addColumn(
                s -> s.after().map(IncidentDetailView::compliance).orElse("—") + (s.afterComplete() ? "" : " (so far)"))
            .setHeader("30 days after")
            .setKey("After")
            .setAutoWidth(true);
        grid.setItems(incidents.slaAroundFix(incident.id()));
        grid.setEmptyStateText("No SLA of " + client.name() + " covers the affected integrations.");
        section.add(grid);
        return sectionStyle(section, grid);
    }

    private static String compliance(SlaEvaluation evaluation) {
        return evaluation.availability().isPresent()
                ? String.format(Ui.figures().locale(), "%.3f %% · %s", evaluation.availability().getAsDouble() * 100,
                        evaluation.verdict().name().toLowerCase().replace('_', ' '))
                : "no data";
    }

    private void edit(List<IntegrationDetails> ofClient) {
        IncidentForm form = new IncidentForm(incident, List.of(client),
                ofClient.stream().filter(i -> !i.archived()).toList());
        form.onSave(draft -> {
            incidents.update(incident.id(), draft);
            saved();
        });
        form.open();
    }

    private void addEntry() {
        TimelineForm form = new TimelineForm();
        // A refusal about the cause is not the form's: the form closes and the cause
        // field shows it
        form.onSave(draft -> act(() -> incidents.record(incident.id(), draft), refusal -> {
            if (!"cause".equals(refusal.field())) {
                throw refusal;
            }
            Ui.showOn(refusal, Map.of("cause", cause));
        }));
        form.open();
    }

    private void act(Supplier<?> change, Consumer<InvalidInputException> refused) {
        try {
            change.get();
            saved();
        }
        catch (InvalidInputException e) {
            refused.accept(e);
        }
    }

    private void saved() {
        Ui.success("Saved");
        show();
    }

    private static Button button(String label, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Div section(String title, Grid<?> grid) {
        Div section = new Div(new H3(title), grid);
        return sectionStyle(section, grid);
    }

    private static Div sectionStyle(Div section, Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        section.setWidthFull();
        return section;
    }

}
