package io.plumbline.incident.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.plumbline.incident.UpdateDraft;
import io.plumbline.incident.UpdateState;
import io.plumbline.shared.ui.EditorDialog;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Posts a client-facing update to an incident; knows no services.
 */
class UpdateForm extends EditorDialog<UpdateDraft> {

    private final Select<UpdateState> state = new Select<>();

    private final DateTimePicker at = new DateTimePicker("When (UTC)");

    private final TextArea text = new TextArea("What the client reads");

    UpdateForm(String clientName, UpdateState suggested) {
        super("Post an update to " + clientName, "Post update");
        setWidth("560px");
        state.setLabel("Where things stand");
        state.setItems(UpdateState.values());
        state.setItemLabelGenerator(UpdateState::label);
        state.setValue(suggested);
        state.setHelperText("Shown to the client in these words; it does not resolve the incident here.");
        at.setHelperText("Empty means now");
        text.setMaxLength(4_000);
        text.setWidthFull();
        text.setHelperText("Published at once: the client's portal, feed and e-mail subscribers see it. "
                + "Plain language, no internal names.");
        text.setPlaceholder("What is affected, what we are doing, when we will tell you more.");
        FormLayout layout = new FormLayout(state, at, text);
        layout.setColspan(text, 2);
        add(layout);
    }

    @Override
    protected UpdateDraft draft() {
        return new UpdateDraft(state.getValue(), at.getValue() == null ? null : at.getValue().toInstant(ZoneOffset.UTC),
                text.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("state", state, "at", at, "text", text);
    }

}
