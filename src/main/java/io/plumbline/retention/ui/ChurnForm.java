package io.plumbline.retention.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import io.plumbline.retention.ChurnCategory;
import io.plumbline.retention.ChurnDraft;
import io.plumbline.retention.ContractDetails;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import java.time.LocalDate;
import java.util.Map;

/**
 * Record that a client left: the first day without revenue, a category and what happened.
 */
class ChurnForm extends Dialog {

    private final DatePicker date = new DatePicker("Churn date");

    private final Select<ChurnCategory> category = new Select<>();

    private final TextArea reason = new TextArea("What happened");

    ChurnForm(ContractDetails current, LocalDate today) {
        setHeaderTitle("Churn " + current.reference());
        setWidth("560px");
        date.setRequired(true);
        date.setValue(today);
        date.setHelperText("The first day without revenue from this contract");
        category.setLabel("Reason");
        category.setItems(ChurnCategory.values());
        category.setItemLabelGenerator(ChurnCategory::label);
        reason.setRequired(true);
        reason.setMaxLength(1000);
        FormLayout form = new FormLayout(date, category, reason);
        form.setColspan(reason, 2);
        add(form);
        Button save = new Button("Record churn", e -> fireEvent(
                new SaveEvent(this, new ChurnDraft(date.getValue(), category.getValue(), reason.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, Map.of("date", date, "category", category, "reason", reason));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<ChurnForm> {

        private final ChurnDraft draft;

        SaveEvent(ChurnForm source, ChurnDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ChurnDraft draft() {
            return draft;
        }

    }

}
