package io.plumbline.status.ui;

import io.plumbline.shared.ui.Ui;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.status.ComponentStatus;
import io.plumbline.status.LiveState;
import io.plumbline.status.StatusService;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

/**
 * Sets an integration's status by hand: the state, a note the client reads, and when it
 * ends (in the client's time zone; empty: until cleared).
 */
class OverrideDialog extends EditorDialog<OverrideDialog.Draft> {

    record Draft(LiveState state, String note, java.time.Instant expiresAt) {
    }

    private final Select<LiveState> state = new Select<>();

    private final TextArea note = new TextArea("Note for the client");

    private final DateTimePicker expires = new DateTimePicker("Ends (optional)");

    private final ZoneId zone;

    OverrideDialog(ComponentStatus component, ZoneId zone) {
        super("Set the status of " + component.name(), "Set status");
        this.zone = zone;
        state.setLabel("Status shown");
        state.setItems(Arrays.stream(LiveState.values()).filter(LiveState::settable).toList());
        state.setItemLabelGenerator(LiveState::label);
        state.setValue(component.overrideIfAny()
            .map(o -> o.state())
            .orElse(component.measured().settable() ? component.measured() : LiveState.DEGRADED));
        note.setMaxLength(StatusService.NOTE_MAX);
        note.setWidthFull();
        note.setHelperText("Shown to the client beside the status, e.g. what you are checking.");
        component.overrideIfAny().ifPresent(o -> note.setValue(o.note()));
        expires
            .setHelperText("In " + Ui.figures().zone(zone, java.time.Instant.now()) + ". Empty: until you clear it.");
        component.overrideIfAny()
            .filter(o -> o.expiresAt() != null)
            .ifPresent(o -> expires.setValue(o.expiresAt().atZone(zone).toLocalDateTime()));
        add(new Paragraph("Measured now: " + component.measured().label() + " (" + component.reason() + ")."), state,
                note, expires);
        setWidth("min(560px, 100vw)");
    }

    @Override
    protected Draft draft() {
        return new Draft(state.getValue(), note.getValue(),
                expires.getValue() == null ? null : expires.getValue().atZone(zone).toInstant());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("state", state, "note", note, "expiresAt", expires);
    }

}
