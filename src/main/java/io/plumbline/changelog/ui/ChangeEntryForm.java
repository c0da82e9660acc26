package io.plumbline.changelog.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.changelog.ChangeEntry;
import io.plumbline.changelog.ChangeEntryDraft;
import io.plumbline.changelog.ChangeKind;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.ui.EditorDialog;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Write or edit a change-log entry; knows no services. */
class ChangeEntryForm extends EditorDialog<ChangeEntryDraft> {

    private final ComboBox<IntegrationDetails> integration = new ComboBox<>("Integration");

    private final Select<ChangeKind> kind = new Select<>();

    private final TextField title = new TextField("Title");

    private final TextArea description = new TextArea("Description (the client reads it once published)");

    private final TextField fromVersion = new TextField("From version");

    private final TextField toVersion = new TextField("To version");

    private final DatePicker effectiveOn = new DatePicker("Takes effect on");

    ChangeEntryForm(ChangeEntry existing, List<IntegrationDetails> integrations,
            Function<IntegrationDetails, String> label) {
        super(existing == null ? "New change-log entry" : "Edit " + existing.title(),
                existing == null ? "Create draft" : "Save");
        setWidth("720px");
        integration.setItems(integrations);
        integration.setItemLabelGenerator(label::apply);
        integration.setRequired(true);
        kind.setLabel("Kind");
        kind.setItems(ChangeKind.values());
        kind.setItemLabelGenerator(ChangeKind::label);
        title.setRequired(true);
        title.setMaxLength(200);
        description.setMaxLength(4_000);
        fromVersion.setMaxLength(60);
        toVersion.setMaxLength(60);
        effectiveOn.setRequired(true);
        if (existing != null) {
            integrations.stream()
                .filter(i -> i.id().equals(existing.integration()))
                .findFirst()
                .ifPresent(integration::setValue);
            kind.setValue(existing.kind());
            title.setValue(existing.title());
            description.setValue(existing.description() == null ? "" : existing.description());
            fromVersion.setValue(existing.fromVersion() == null ? "" : existing.fromVersion());
            toVersion.setValue(existing.toVersion() == null ? "" : existing.toVersion());
            effectiveOn.setValue(existing.effectiveOn());
        }
        FormLayout form = new FormLayout(integration, kind, title, effectiveOn, fromVersion, toVersion, description);
        form.setColspan(description, 2);
        add(form);
    }

    @Override
    protected ChangeEntryDraft draft() {
        return new ChangeEntryDraft(integration.getValue() == null ? null : integration.getValue().id(),
                kind.getValue(), title.getValue(), description.getValue(), fromVersion.getValue(), toVersion.getValue(),
                effectiveOn.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("integration", integration, "kind", kind, "title", title, "description", description,
                "fromVersion", fromVersion, "toVersion", toVersion, "effectiveOn", effectiveOn);
    }

}
