package io.plumbline.incident.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.plumbline.incident.TimelineDraft;
import io.plumbline.incident.TimelineKind;
import io.plumbline.shared.ui.EditorDialog;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

/**
 * Adds a milestone or an update to an incident's timeline; knows no services.
 */
class TimelineForm extends EditorDialog<TimelineDraft> {

    private final Select<TimelineKind> kind = new Select<>();

    private final DateTimePicker at = new DateTimePicker("When (UTC)");

    private final TextArea note = new TextArea("Note");

    TimelineForm() {
        super("Add to the timeline", "Add");
        setWidth("560px");
        kind.setLabel("Entry");
        kind.setItems(Arrays.stream(TimelineKind.values()).filter(k -> k != TimelineKind.DETECTED).toList());
        kind.setItemLabelGenerator(TimelineKind::label);
        kind.setValue(TimelineKind.UPDATE);
        at.setHelperText("Empty means now");
        note.setMaxLength(4_000);
        add(new FormLayout(kind, at, note));
    }

    @Override
    protected TimelineDraft draft() {
        return new TimelineDraft(kind.getValue(),
                at.getValue() == null ? null : at.getValue().toInstant(ZoneOffset.UTC), note.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("kind", kind, "at", at, "note", note);
    }

}
