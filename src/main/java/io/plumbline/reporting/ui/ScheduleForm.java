package io.plumbline.reporting.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.plumbline.reporting.ReportCadence;
import io.plumbline.reporting.ReportKind;
import io.plumbline.reporting.ScheduleDetails;
import io.plumbline.reporting.ScheduleDraft;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ui.ClientPicker;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The fields of a report schedule, for adding one (which report: a client's or the
 * executive report) and for editing one (when and to whom only: its report stays). The
 * service validates; errors appear on the field they name.
 */
class ScheduleForm extends HorizontalLayout {

    private final Select<ReportKind> kind = new Select<>();

    private final ClientPicker client;

    private final Select<ReportCadence> cadence = new Select<>();

    private final ComboBox<String> zone = new ComboBox<>("Time zone");

    private final TimePicker sendAt = new TimePicker("Send at (local)", LocalTime.of(8, 0));

    private final TextField recipients = new TextField("Recipients (comma-separated)");

    private final Checkbox review = new Checkbox("An admin reviews each report before it is sent");

    ScheduleForm(List<ClientDetails> clients) {
        kind.setLabel("Report");
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(ReportKind::label);
        kind.setValue(ReportKind.CLIENT);
        client = new ClientPicker("Client", clients);
        cadence.setLabel("Every");
        cadence.setItems(ReportCadence.values());
        cadence.setItemLabelGenerator(ReportCadence::label);
        cadence.setValue(ReportCadence.MONTHLY);
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        client.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                zone.setValue(e.getValue().timeZone().getId());
            }
        });
        if (!client.clients().isEmpty()) {
            client.setValue(client.clients().getFirst());
        }
        kind.addValueChangeListener(e -> {
            client.setVisible(e.getValue() == ReportKind.CLIENT);
            if (e.getValue() == ReportKind.EXECUTIVE) {
                zone.setValue("UTC");
            }
            else if (client.getValue() != null) {
                zone.setValue(client.getValue().timeZone().getId());
            }
        });
        recipients.setWidth("24em");
        add(kind, client, cadence, zone, sendAt, recipients, review);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /** Shows a schedule's settings for editing; which report it sends is not editable. */
    void edit(ScheduleDetails schedule) {
        kind.setVisible(false);
        client.setVisible(false);
        cadence.setValue(schedule.cadence());
        zone.setValue(schedule.zone().getId());
        sendAt.setValue(schedule.sendAt());
        recipients.setValue(String.join(", ", schedule.recipients()));
        review.setValue(schedule.reviewBeforeSend());
    }

    ScheduleDraft draft() {
        boolean forClient = kind.getValue() == ReportKind.CLIENT;
        return new ScheduleDraft(forClient && client.getValue() != null ? client.getValue().id() : null,
                cadence.getValue(), zone.getValue() == null ? null : ZoneId.of(zone.getValue()), sendAt.getValue(),
                Arrays.asList(recipients.getValue().split(",")), review.getValue(), kind.getValue());
    }

    /**
     * A primary button that hands the form's draft to {@code submit}; what it refuses
     * shows at the fields.
     */
    Button submitButton(String label, Consumer<ScheduleDraft> submit) {
        Button button = new Button(label, e -> {
            try {
                submit.accept(draft());
            }
            catch (InvalidInputException problem) {
                show(problem);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void show(InvalidInputException problem) {
        Ui.showOn(problem, fieldsByName());
    }

    /** The fields by the names the service's refusals give. */
    Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("kind", kind, "client", client, "cadence", cadence, "zone", zone, "sendAt", sendAt, "recipients",
                recipients);
    }

    void clearRecipients() {
        recipients.clear();
    }

}
