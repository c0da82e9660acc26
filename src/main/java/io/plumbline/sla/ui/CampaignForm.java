package io.plumbline.sla.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.sla.CampaignDraft;
import java.time.ZoneId;
import java.util.Map;

/**
 * Adds a campaign window; times are the client's local times.
 */
class CampaignForm extends EditorDialog<CampaignDraft> {

    private final TextField name = new TextField("Name");

    private final DateTimePicker start = new DateTimePicker("Starts");

    private final DateTimePicker end = new DateTimePicker("Ends");

    private final ObjectivesFields objectives = new ObjectivesFields();

    private final ZoneId zone;

    CampaignForm(ZoneId zone) {
        super("Add campaign window", "Add");
        this.zone = zone;
        setWidth("720px");
        name.setPlaceholder("Black-Friday week");
        start.setHelperText("in " + zone.getId());
        end.setHelperText("in " + zone.getId());
        FormLayout form = new FormLayout(name, start, end);
        objectives.addTo(form);
        add(form);
    }

    @Override
    protected CampaignDraft draft() {
        return new CampaignDraft(name.getValue(), SlaFormat.instant(start.getValue(), zone),
                SlaFormat.instant(end.getValue(), zone), objectives.getValue());
    }

    @Override
    protected Map<String, HasValue<?, ?>> fieldsByName() {
        return objectives.fieldsByName(Map.of("name", name, "end", end));
    }

}
