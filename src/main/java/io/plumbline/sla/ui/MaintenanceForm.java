package io.plumbline.sla.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.ui.EditorDialog;
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
 * Adds a one-off or weekly maintenance window of a client, in its local time.
 */
class MaintenanceForm extends EditorDialog<MaintenanceDraft> {

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

    private final Checkbox announce = new Checkbox("Announce to client");

    private final IntegerField notice = new IntegerField("Notice (days ahead)");

    private final ClientDetails client;

    MaintenanceForm(ClientDetails client, List<IntegrationDetails> integrations) {
        super("Add maintenance window for " + client.name(), "Add");
        this.client = client;
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
        announce.setTooltipText("The client sees it in the portal, the feed and subscribed e-mail");
        notice.setValue(7);
        notice.setMin(0);
        notice.setMax(60);
        notice.setStepButtonsVisible(true);
        notice.setHelperText("The client sees each occurrence this many days before it starts");
        notice.setEnabled(false);
        announce.addValueChangeListener(e -> notice.setEnabled(e.getValue()));
        FormLayout form = new FormLayout(integration, name, kind, start, end, day, localStart, minutes, announce,
                notice);
        add(form);
        showKind();
    }

    private void showKind() {
        boolean weekly = WEEKLY.equals(kind.getValue());
        start.setVisible(!weekly);
        end.setVisible(!weekly);
        day.setVisible(weekly);
        localStart.setVisible(weekly);
        minutes.setVisible(weekly);
    }

    @Override
    protected MaintenanceDraft draft() {
        return new MaintenanceDraft(client.id(), integration.getValue() == null ? null : integration.getValue().id(),
                name.getValue(),
                WEEKLY.equals(kind.getValue())
                        ? new MaintenanceSchedule.Weekly(day.getValue(), localStart.getValue(),
                                minutes.getValue() == null ? null : Duration.ofMinutes(minutes.getValue()))
                        : new MaintenanceSchedule.OneOff(SlaFormat.instant(start.getValue(), client.timeZone()),
                                SlaFormat.instant(end.getValue(), client.timeZone())),
                announce.getValue() ? notice.getValue() : null);
    }

    @Override
    protected Map<String, HasValue<?, ?>> fieldsByName() {
        return Map.of("integration", integration, "name", name, "end", end, "duration", minutes, "notice", notice);
    }

}
