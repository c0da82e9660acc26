package io.plumbline.reporting.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.mail.MailService;
import io.plumbline.reporting.DeliveryDetails;
import io.plumbline.reporting.ReportDetails;
import io.plumbline.reporting.ReportScheduleService;
import io.plumbline.reporting.ReportService;
import io.plumbline.reporting.ScheduleDetails;
import io.plumbline.reporting.ScheduleDraft;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Scheduled reports (owners and admins): new schedules, the reports waiting for review,
 * the delivery log and the outbox of mail held while no SMTP server is configured.
 */
@Route("reports/schedules")
@PageTitle("Report schedules · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME })
public class ReportSchedulesView extends VerticalLayout {

    private final ReportScheduleService schedules;

    private final ReportSubjects subjects;

    private final Grid<ScheduleDetails> scheduleGrid = new Grid<>();

    private final Grid<ReportDetails> reviewGrid = new Grid<>();

    private final Grid<DeliveryDetails> deliveryGrid = new Grid<>();

    private Map<UUID, String> nodes = Map.of();

    public ReportSchedulesView(ReportScheduleService schedules, ReportService reports, ClientService clients,
            MailService mail) {
        this.schedules = schedules;
        this.subjects = new ReportSubjects(clients);
        addClassName("pl-page");
        ScheduleForm form = new ScheduleForm(clients.list(false));
        form.add(form.submitButton("Add schedule", draft -> {
            schedules.create(draft);
            form.clearRecipients();
            Ui.success("Schedule added");
            refresh();
        }));

        scheduleGrid.addColumn(s -> subjects.of(s.client())).setHeader("Report").setAutoWidth(true);
        scheduleGrid
            .addColumn(s -> "%s at %s, %s".formatted(s.cadence().label(), s.sendAt(),
                    Ui.figures().zone(s.zone(), java.time.Instant.now())))
            .setHeader("When")
            .setAutoWidth(true);
        scheduleGrid.addColumn(s -> String.join(", ", s.recipients()))
            .setHeader("Recipients")
            .setFlexGrow(1)
            .setWidth("12em")
            .setTooltipGenerator(s -> String.join(", ", s.recipients()));
        scheduleGrid.addColumn(s -> s.reviewBeforeSend() ? "yes" : "no").setHeader("Review").setAutoWidth(true);
        scheduleGrid.addColumn(s -> s.enabled() ? Ui.format(s.nextRunAt()) : "paused")
            .setHeader("Next run")
            .setAutoWidth(true);
        scheduleGrid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        scheduleGrid.setAllRowsVisible(true);
        scheduleGrid.setEmptyStateText("No schedules yet.");

        reviewGrid.addColumn(r -> subjects.of(r.client())).setHeader("Report").setAutoWidth(true);
        reviewGrid.addColumn(r -> Ui.figures().dates(r.period().start(), r.period().end().minusDays(1)))
            .setHeader("Period")
            .setAutoWidth(true);
        reviewGrid.addComponentColumn(r -> ReportDownload.link(reports, r.id(), "Open PDF")).setAutoWidth(true);
        reviewGrid.addComponentColumn(r -> {
            Button approve = new Button("Approve and send", e -> {
                schedules.approve(r.id());
                Ui.success("Approved: the report is sent and appears in the portal");
                refresh();
            });
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            return approve;
        }).setAutoWidth(true);
        reviewGrid.setAllRowsVisible(true);
        reviewGrid.setEmptyStateText("Nothing waits for review.");

        deliveryGrid.addComponentColumn(d -> Ui.badge(d.state().label(), switch (d.state()) {
            case SENT -> "ok";
            case FAILED -> "bad";
            case HELD, AWAITING_REVIEW, PENDING -> "warn";
        })).setHeader("State").setAutoWidth(true);
        deliveryGrid.addColumn(d -> subjects.of(d.client())).setHeader("Report").setAutoWidth(true);
        deliveryGrid.addColumn(d -> d.periodStart().toString()).setHeader("Period from").setAutoWidth(true);
        deliveryGrid.addColumn(DeliveryDetails::recipient).setHeader("Recipient").setAutoWidth(true);
        deliveryGrid.addColumn(DeliveryDetails::attempts).setHeader("Attempts").setAutoWidth(true);
        deliveryGrid
            .addColumn(d -> d.sentAt() != null ? "sent " + Ui.format(d.sentAt())
                    : d.nextAttemptAt() != null ? "next " + Ui.format(d.nextAttemptAt()) : "")
            .setHeader("When")
            .setAutoWidth(true);
        // Which node is sending it now (db-scheduler's picked_by, or the node whose send
        // was cut short).
        deliveryGrid.addColumn(d -> nodes.getOrDefault(d.id(), "")).setHeader("Node").setAutoWidth(true);
        deliveryGrid.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader("Last error").setFlexGrow(1);
        deliveryGrid.setEmptyStateText("No report mail yet.");

        Button sendOutbox = new Button("Send the outbox now", e -> {
            int queued = schedules.sendOutbox();
            Ui.success(queued + " held mail(s) queued for sending");
            refresh();
        });
        sendOutbox.setEnabled(mail.configured());
        Paragraph smtp = new Paragraph(mail.configured() ? "Mail goes out through the configured mail server."
                : "Mail is not set up: Plumbline has no mail (SMTP) server to send through, so scheduled reports "
                        + "wait in the outbox below (state \"Held\"). Ask whoever runs Plumbline to connect a mail "
                        + "server (the deployment guide's mail settings); then \"Send the outbox now\" sends "
                        + "what waits.");
        smtp.setId("mail-setup");
        add(new RouterLink("← Reports", ReportsView.class), new H2("Report schedules"), form, scheduleGrid,
                new H3("Waiting for review"), reviewGrid, new H3("Delivery log and outbox"), smtp, sendOutbox,
                deliveryGrid);
        refresh();
    }

    private HorizontalLayout actions(ScheduleDetails schedule) {
        Button pause = new Button(schedule.enabled() ? "Pause" : "Resume", e -> {
            schedules.setEnabled(schedule.id(), !schedule.enabled());
            refresh();
        });
        Button edit = new Button("Edit", e -> edit(schedule));
        Button delete = deleteButton(schedule);
        for (Button button : List.of(pause, edit, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(pause, edit, delete);
        actions.setSpacing(false);
        return actions;
    }

    /** A dialog with the schedule's settings; saving plans its next run again. */
    private void edit(ScheduleDetails schedule) {
        ScheduleForm form = new ScheduleForm(List.of());
        form.edit(schedule);
        EditorDialog<ScheduleDraft> dialog = new EditorDialog<>("Edit schedule: " + subjects.of(schedule.client()),
                "Save") {

            @Override
            protected ScheduleDraft draft() {
                return form.draft();
            }

            @Override
            protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
                return form.fieldsByName();
            }

        };
        dialog.add(form);
        dialog.onSave(draft -> {
            schedules.update(schedule.id(), draft);
            Ui.success("Schedule saved");
            refresh();
        });
        dialog.open();
    }

    /** Delete, after a confirmation that says what goes and what stays. */
    private Button deleteButton(ScheduleDetails schedule) {
        Button delete = new Button("Delete", e -> {
            String what = subjects.of(schedule.client()) + ", " + schedule.cadence().label().toLowerCase(Locale.ROOT);
            ConfirmDialog confirm = new ConfirmDialog("Delete this schedule?",
                    what + ". Its delivery log goes with "
                            + "it and mail not yet sent is not sent; its reports stay in the archive.",
                    "Delete", ok -> {
                        schedules.delete(schedule.id());
                        Ui.success("Schedule deleted");
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return delete;
    }

    private void refresh() {
        scheduleGrid.setItems(schedules.list());
        reviewGrid.setItems(schedules.awaitingReview());
        nodes = schedules.nodesAtWork();
        deliveryGrid.setItems(schedules.deliveries());
    }

}
