package io.plumbline.sla.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.sla.CampaignDraft;
import java.time.ZoneId;
import java.util.Map;

/**
 * Adds a campaign window; times are the client's local times. Fires {@link SaveEvent}.
 */
class CampaignForm extends Dialog {

    private final TextField name = new TextField("Name");

    private final DateTimePicker start = new DateTimePicker("Starts");

    private final DateTimePicker end = new DateTimePicker("Ends");

    private final ObjectivesFields objectives = new ObjectivesFields();

    CampaignForm(ZoneId zone) {
        setHeaderTitle("Add campaign window");
        setWidth("720px");
        name.setPlaceholder("Black-Friday week");
        start.setHelperText("in " + zone.getId());
        end.setHelperText("in " + zone.getId());
        FormLayout form = new FormLayout(name, start, end);
        objectives.addTo(form);
        add(form);
        Button save = new Button("Add",
                e -> fireEvent(new SaveEvent(this,
                        new CampaignDraft(name.getValue(), SlaFormat.instant(start.getValue(), zone),
                                SlaFormat.instant(end.getValue(), zone), objectives.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, objectives.fieldsByName(Map.of("name", name, "end", end)));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<CampaignForm> {

        private final CampaignDraft draft;

        SaveEvent(CampaignForm source, CampaignDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        CampaignDraft draft() {
            return draft;
        }

    }

}
