package io.plumbline.incident.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import io.plumbline.incident.TimelineDraft;
import io.plumbline.incident.TimelineKind;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

/**
 * Adds a milestone or an update to an incident's timeline. Fires {@link SaveEvent}; knows
 * no services.
 */
class TimelineForm extends Dialog {

    private final Select<TimelineKind> kind = new Select<>();

    private final DateTimePicker at = new DateTimePicker("When (UTC)");

    private final TextArea note = new TextArea("Note");

    TimelineForm() {
        setHeaderTitle("Add to the timeline");
        setWidth("560px");
        kind.setLabel("Entry");
        kind.setItems(Arrays.stream(TimelineKind.values()).filter(k -> k != TimelineKind.DETECTED).toList());
        kind.setItemLabelGenerator(TimelineKind::label);
        kind.setValue(TimelineKind.UPDATE);
        at.setHelperText("Empty means now");
        note.setMaxLength(4_000);
        add(new FormLayout(kind, at, note));
        Button save = new Button("Add", e -> fireEvent(new SaveEvent(this, new TimelineDraft(kind.getValue(),
                at.getValue() == null ? null : at.getValue().toInstant(ZoneOffset.UTC), note.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /**
     * A refusal about the cause is not this form's: the caller shows it on the cause
     * field.
     */
    void showError(InvalidInputException e) {
        Ui.showOn(e, Map.of("kind", kind, "at", at, "note", note));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<TimelineForm> {

        private final TimelineDraft draft;

        SaveEvent(TimelineForm source, TimelineDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        TimelineDraft draft() {
            return draft;
        }

    }

}
