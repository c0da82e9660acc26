package io.plumbline.retention.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.plumbline.retention.ChurnCategory;
import io.plumbline.retention.ChurnDraft;
import io.plumbline.retention.ContractDetails;
import io.plumbline.shared.ui.EditorDialog;
import java.time.LocalDate;
import java.util.Map;

/**
 * Record that a client left: the first day without revenue, a category and what happened.
 */
class ChurnForm extends EditorDialog<ChurnDraft> {

    private final DatePicker date = new DatePicker("Churn date");

    private final Select<ChurnCategory> category = new Select<>();

    private final TextArea reason = new TextArea("What happened");

    ChurnForm(ContractDetails current, LocalDate today) {
        super("Churn " + current.reference(), "Record churn", ButtonVariant.LUMO_ERROR);
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
    }

    @Override
    protected ChurnDraft draft() {
        return new ChurnDraft(date.getValue(), category.getValue(), reason.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("date", date, "category", category, "reason", reason);
    }

}
