package io.plumbline.retention.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.RenewalDraft;
import io.plumbline.shared.ui.EditorDialog;
import java.util.Map;

/**
 * Renew an open term: the next term starts on its renewal date, at a new value if it
 * changed.
 */
class RenewalForm extends EditorDialog<RenewalDraft> {

    private final DatePicker nextRenewal = new DatePicker("Next renewal date");

    private final BigDecimalField monthlyValue = new BigDecimalField("New monthly value");

    RenewalForm(ContractDetails current) {
        super("Renew " + current.reference(), "Renew");
        setWidth("560px");
        Paragraph what = new Paragraph(
                "The new term starts %s at %s a month now. A higher value is expansion, a lower one contraction."
                    .formatted(current.renewal(), RetentionFormat.money(current.monthlyValue(), current.currency())));
        what.addClassName("pl-muted");
        nextRenewal.setRequired(true);
        nextRenewal.setValue(current.renewal().plusYears(1));
        monthlyValue.setRequired(true);
        monthlyValue.setValue(current.monthlyValue());
        monthlyValue.setSuffixComponent(new com.vaadin.flow.component.html.Span(current.currency().getCurrencyCode()));
        add(what, new FormLayout(nextRenewal, monthlyValue));
    }

    @Override
    protected RenewalDraft draft() {
        return new RenewalDraft(nextRenewal.getValue(), monthlyValue.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("renewal", nextRenewal, "monthlyValue", monthlyValue);
    }

}
