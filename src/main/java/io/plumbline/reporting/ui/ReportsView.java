package io.plumbline.reporting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import io.plumbline.reporting.ReportCadence;
import io.plumbline.reporting.ReportDetails;
import io.plumbline.reporting.ReportId;
import io.plumbline.reporting.ReportKind;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.reporting.ReportService;
import io.plumbline.reporting.ReportState;
import io.plumbline.reporting.ReportVersions;
import io.plumbline.reporting.internal.ScheduleCalendar;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.ui.ClientPicker;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Client reports on demand: pick a client and a period, generate, watch the progress bar
 * while a background task draws the PDF, download it. The app shell has no server push,
 * so the page polls once a second while a report runs.
 */
@Route("reports")
@PageTitle("Reports · Plumbline")
@Menu(title = "Reports", order = 40, icon = "vaadin:file-text-o")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class ReportsView extends VerticalLayout implements BeforeEnterObserver {

    static final int POLL_MILLIS = 1000;
    static final int PERIODS_OFFERED = 8;

    /** The executive report's days are UTC days, like the dashboard's. */
    static final ZoneId UTC = ZoneId.of("UTC");

    private final ReportService reports;

    private final Clock clock;

    private final ReportSubjects subjects;

    private final Select<ReportKind> kind = new Select<>();

    private final ClientPicker client;

    private final Select<ReportCadence> cadence = new Select<>();

    private final Select<ReportPeriod> period = new Select<>();

    private final Button generate = new Button("Generate report", VaadinIcon.FILE_TEXT_O.create());

    private final Div progress = new Div();

    private final Grid<ReportDetails> archive = new Grid<>();

    /** The versions of regenerated reports among those listed. */
    private ReportVersions versions = ReportVersions.of(List.of());

    private ReportId running;

    private Registration polling;

    public ReportsView(ReportService reports, ClientService clients, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        this.subjects = new ReportSubjects(clients);
        this.client = new ClientPicker("Client", clients.list(false));
        addClassName("pl-page");
        setSizeFull();
        add(new H2("Reports"));
        if (Access.mayManageAgency()) {
            add(new RouterLink("Schedules, review and delivery log →", ReportSchedulesView.class));
        }
        add(new Paragraph("A client report is a branded PDF of one client's service levels, health, incidents, "
                + "consent coverage, satisfaction and changes, with only what the client may see; it also appears in the "
                + "client's portal. The executive report covers the whole portfolio (UTC days, like the dashboard): "
                + "figures against the previous period, at-risk clients, reliability against satisfaction and renewal; "
                + "it stays with agency staff. Both are kept in the archive below."));
        kind.setLabel("Report");
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(ReportKind::label);
        kind.setValue(ReportKind.CLIENT);
        kind.addValueChangeListener(e -> {
            client.setVisible(e.getValue() == ReportKind.CLIENT);
            offerPeriods();
        });
        cadence.setLabel("Period length");
        cadence.setItems(ReportCadence.values());
        cadence.setItemLabelGenerator(ReportCadence::label);
        cadence.setValue(ReportCadence.MONTHLY);
        period.setLabel("Period");
        period.setItemLabelGenerator(p -> Ui.figures().dates(p.start(), p.end().minusDays(1)));
        period.setWidth("16em");
        client.addValueChangeListener(e -> offerPeriods());
        cadence.addValueChangeListener(e -> offerPeriods());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> generate());
        HorizontalLayout form = new HorizontalLayout(kind, client, cadence, period, generate);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        progress.addClassName("pl-report-progress");
        progress.setVisible(false);
        archive.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        archive.addColumn(r -> subjects.of(r.client())).setHeader("Report").setAutoWidth(true);
        archive.addColumn(r -> Ui.figures().dates(r.period().start(), r.period().end().minusDays(1)))
            .setHeader("Period")
            .setAutoWidth(true);
        archive
            .addComponentColumn(r -> versions.label(r).isEmpty() ? Ui.badge(r.state().label(), tone(r.state()))
                    : new Span(Ui.badge(r.state().label(), tone(r.state())), new Span(" " + versions.label(r))))
            .setHeader("State")
            .setAutoWidth(true);
        archive.addColumn(r -> Ui.format(r.requestedAt())).setHeader("Requested").setAutoWidth(true);
        archive.addColumn(ReportDetails::requestedBy).setHeader("By").setAutoWidth(true);
        archive.addColumn(r -> r.pages() == null ? "" : r.pages() + " pages · " + ReportDownload.size(r.sizeBytes()))
            .setHeader("Document")
            .setAutoWidth(true);
        archive
            .addComponentColumn(
                    r -> r.state() == ReportState.READY ? ReportDownload.link(reports, r.id(), "Download PDF")
                            : new Span(Optional.ofNullable(r.error()).orElse("")))
            .setHeader("")
            .setAutoWidth(true)
            .setFrozenToEnd(true);
        add(form, progress, archive);
        setFlexGrow(1, archive);
        if (!client.clients().isEmpty()) {
            client.setValue(client.clients().getFirst());
        }
        refresh();
    }

    /**
     * {@code ?client=<id>} (from a client's dashboard) preselects that client, a foreign
     * id nothing; {@code ?kind=EXECUTIVE} (from the portfolio dashboard) the executive
     * report.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        client.selectFrom(query);
        query.getSingleParameter("kind")
            .filter(ReportKind.EXECUTIVE.name()::equals)
            .ifPresent(executive -> kind.setValue(ReportKind.EXECUTIVE));
    }

    private void offerPeriods() {
        if ((kind.getValue() == ReportKind.CLIENT && client.isEmpty()) || cadence.isEmpty()) {
            period.setItems(List.of());
            return;
        }
        List<ReportPeriod> offered = new ArrayList<>();
        Instant at = clock.instant();
        for (int i = 0; i < PERIODS_OFFERED; i++) {
            // The period in progress first (as of now), then the full periods before it.
            ReportPeriod p = i == 0 ? current(at) : offered.getLast().previous(cadence.getValue());
            offered.add(p);
        }
        period.setItems(offered);
        period.setValue(offered.size() > 1 ? offered.get(1) : offered.getFirst());
    }

    private ReportPeriod current(Instant at) {
        var zone = kind.getValue() == ReportKind.EXECUTIVE ? UTC : client.getValue().timeZone();
        var today = at.atZone(zone).toLocalDate();
        var start = ScheduleCalendar.periodStart(cadence.getValue(), today);
        return new ReportPeriod(start, today.plusDays(1), zone);
    }

    private void generate() {
        boolean executive = kind.getValue() == ReportKind.EXECUTIVE;
        if ((!executive && client.isEmpty()) || period.isEmpty()) {
            Ui.error("Choose a client and a period first.");
            return;
        }
        try {
            ReportDetails requested = executive ? reports.requestExecutive(period.getValue())
                    : reports.request(client.getValue().id(), period.getValue());
            running = requested.id();
            showProgress(requested);
            refresh();
            startPolling();
        }
        catch (InvalidInputException e) {
            Ui.error(e.getMessage());
        }
    }

    /** One poll: the report's state now; the bar goes away once it is READY or FAILED. */
    private void checkProgress() {
        if (running == null) {
            return;
        }
        Optional<ReportDetails> report = reports.find(running);
        if (report.isEmpty() || report.get().state() != ReportState.RUNNING) {
            running = null;
            stopPolling();
            refresh();
            report.ifPresent(this::showDone);
        }
    }

    private void showProgress(ReportDetails report) {
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        progress.removeAll();
        String what = report.client().isPresent() ? "the report for " + subjects.of(report.client())
                : "the executive report";
        progress.add(new Span("Generating " + what + ", "
                + Ui.figures().dates(report.period().start(), report.period().end().minusDays(1)) + " …"), bar);
        progress.setVisible(true);
        generate.setEnabled(false);
    }

    private void showDone(ReportDetails report) {
        progress.removeAll();
        generate.setEnabled(true);
        if (report.state() == ReportState.READY) {
            progress.add(new Span("Ready: %d pages. ".formatted(report.pages())),
                    ReportDownload.link(reports, report.id(), "Download PDF"));
        }
        else {
            progress.add(new Span("The report could not be generated: " + report.error()));
        }
    }

    private void startPolling() {
        stopPolling();
        getUI().ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> checkProgress());
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void refresh() {
        List<ReportDetails> listed = reports.list(Optional.empty());
        versions = ReportVersions.of(listed);
        archive.setItems(listed);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (running != null) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    static String tone(ReportState state) {
        return switch (state) {
            case READY -> "ok";
            case RUNNING -> "warn";
            case FAILED -> "bad";
        };
    }

}
