package io.plumbline.changelog.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.plumbline.changelog.ChangeEntry;
import io.plumbline.changelog.ChangeEntryDraft;
import io.plumbline.changelog.ChangeKind;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Write or edit a change-log entry. Fires {@link SaveEvent}; knows no services. */
class ChangeEntryForm extends Dialog {

    private final ComboBox<IntegrationDetails> integration = new ComboBox<>("Integration");

    private final Select<ChangeKind> kind = new Select<>();

    private final TextField title = new TextField("Title");

    private final TextArea description = new TextArea("Description (the client reads it once published)");

    private final TextField fromVersion = new TextField("From version");

    private final TextField toVersion = new TextField("To version");

    private final DatePicker effectiveOn = new DatePicker("Takes effect on");

    ChangeEntryForm(ChangeEntry existing, List<IntegrationDetails> integrations,
            Function<IntegrationDetails, String> label) {
        setHeaderTitle(existing == null ? "New change-log entry" : "Edit " + existing.title());
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
        Button save = new Button(existing == null ? "Create draft" : "Save",
                e -> fireEvent(new SaveEvent(this,
                        new ChangeEntryDraft(integration.getValue() == null ? null : integration.getValue().id(),
                                kind.getValue(), title.getValue(), description.getValue(), fromVersion.getValue(),
                                toVersion.getValue(), effectiveOn.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, Map.of("integration", integration, "kind", kind, "title", title, "description", description,
                "fromVersion", fromVersion, "toVersion", toVersion, "effectiveOn", effectiveOn));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<ChangeEntryForm> {

        private final ChangeEntryDraft draft;

        SaveEvent(ChangeEntryForm source, ChangeEntryDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ChangeEntryDraft draft() {
            return draft;
        }

    }

}
