package io.plumbline.sla.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.shared.Registration;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.sla.MaintenanceDraft;
import io.plumbline.sla.MaintenanceSchedule;
import io.plumbline.tenancy.ClientDetails;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adds a one-off or weekly maintenance window of a client, in its local time. Fires
 * {@link SaveEvent}.
 */
class MaintenanceForm extends Dialog {

    private static final String ONCE = "Once";

    private static final String WEEKLY = "Every week";

    private final ComboBox<IntegrationDetails> integration = new ComboBox<>("Integration");

    private final TextField name = new TextField("Name");

    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>("Repeats");

    private final DateTimePicker start = new DateTimePicker("Starts");

    private final DateTimePicker end = new DateTimePicker("Ends");

    private final Select<DayOfWeek> day = new Select<>();

    private final TimePicker localStart = new TimePicker("Local start");

    private final IntegerField minutes = new IntegerField("Duration (minutes)");

    MaintenanceForm(ClientDetails client, List<IntegrationDetails> integrations) {
        setHeaderTitle("Add maintenance window for " + client.name());
        setWidth("720px");
        integration.setItems(integrations);
        integration.setItemLabelGenerator(IntegrationDetails::name);
        integration.setPlaceholder("All integrations");
        integration.setClearButtonVisible(true);
        kind.setItems(ONCE, WEEKLY);
        kind.setValue(WEEKLY);
        day.setLabel("Day");
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        day.setValue(DayOfWeek.SUNDAY);
        minutes.setValue(120);
        String zone = "in " + client.timeZone().getId();
        start.setHelperText(zone);
        localStart.setHelperText(zone);
        kind.addValueChangeListener(e -> showKind());
        FormLayout form = new FormLayout(integration, name, kind, start, end, day, localStart, minutes);
        add(form);
        showKind();
        Button save = new Button("Add",
                e -> fireEvent(new SaveEvent(this,
                        new MaintenanceDraft(client.id(),
                                integration.getValue() == null ? null : integration.getValue().id(), name.getValue(),
                                WEEKLY.equals(kind.getValue())
                                        ? new MaintenanceSchedule.Weekly(day.getValue(), localStart.getValue(),
                                                minutes.getValue() == null ? null
                                                        : Duration.ofMinutes(minutes.getValue()))
                                        : new MaintenanceSchedule.OneOff(
                                                SlaFormat.instant(start.getValue(), client.timeZone()),
                                                SlaFormat.instant(end.getValue(), client.timeZone()))))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void showKind() {
        boolean weekly = WEEKLY.equals(kind.getValue());
        start.setVisible(!weekly);
        end.setVisible(!weekly);
        day.setVisible(weekly);
        localStart.setVisible(weekly);
        minutes.setVisible(weekly);
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, Map.of("integration", integration, "name", name, "end", end, "duration", minutes));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<MaintenanceForm> {

        private final MaintenanceDraft draft;

        SaveEvent(MaintenanceForm source, MaintenanceDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        MaintenanceDraft draft() {
            return draft;
        }

    }

}
