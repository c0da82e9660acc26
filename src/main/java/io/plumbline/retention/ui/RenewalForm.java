package io.plumbline.retention.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.shared.Registration;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.RenewalDraft;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import java.util.Map;

/**
 * Renew an open term: the next term starts on its renewal date, at a new value if it
 * changed.
 */
class RenewalForm extends Dialog {

    private final DatePicker nextRenewal = new DatePicker("Next renewal date");

    private final BigDecimalField monthlyValue = new BigDecimalField("New monthly value");

    RenewalForm(ContractDetails current) {
        setHeaderTitle("Renew " + current.reference());
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
        Button save = new Button("Renew",
                e -> fireEvent(new SaveEvent(this, new RenewalDraft(nextRenewal.getValue(), monthlyValue.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, Map.of("renewal", nextRenewal, "monthlyValue", monthlyValue));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<RenewalForm> {

        private final RenewalDraft draft;

        SaveEvent(RenewalForm source, RenewalDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        RenewalDraft draft() {
            return draft;
        }

    }

}
