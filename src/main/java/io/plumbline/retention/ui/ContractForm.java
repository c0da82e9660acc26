package io.plumbline.retention.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.ContractDraft;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Create a contract or correct its open term. Fires {@link SaveEvent}; knows no services.
 */
class ContractForm extends Dialog {

    static final List<String> CURRENCIES = Currency.getAvailableCurrencies()
        .stream()
        .filter(c -> c.getDefaultFractionDigits() >= 0)
        .map(Currency::getCurrencyCode)
        .sorted()
        .toList();

    private final ComboBox<ClientDetails> client = new ComboBox<>("Client");

    private final TextField reference = new TextField("Reference");

    private final DatePicker start = new DatePicker("Start date");

    private final DatePicker renewal = new DatePicker("Renewal date");

    private final BigDecimalField monthlyValue = new BigDecimalField("Monthly value");

    private final ComboBox<String> currency = new ComboBox<>("Currency");

    ContractForm(ContractDetails existing, List<ClientDetails> clients) {
        setHeaderTitle(existing == null ? "New contract" : "Edit " + existing.reference());
        setWidth("640px");
        client.setItems(clients);
        client.setItemLabelGenerator(ClientDetails::name);
        client.setRequired(true);
        client.setReadOnly(existing != null);
        reference.setRequired(true);
        reference.setHelperText("Names the contract across its renewals, e.g. ACME-RETAINER");
        reference.setReadOnly(existing != null && existing.previous() != null);
        start.setRequired(true);
        renewal.setRequired(true);
        renewal.setHelperText("The day the term ends unless renewed");
        monthlyValue.setRequired(true);
        currency.setItems(CURRENCIES);
        currency.setRequired(true);
        currency.setHelperText("ISO 4217; amounts are never converted");
        if (existing == null) {
            currency.setValue("EUR");
        }
        else {
            clients.stream().filter(c -> c.id().equals(existing.client())).findFirst().ifPresent(client::setValue);
            reference.setValue(existing.reference());
            start.setValue(existing.start());
            renewal.setValue(existing.renewal());
            monthlyValue.setValue(existing.monthlyValue());
            currency.setValue(existing.currency().getCurrencyCode());
        }
        add(new FormLayout(client, reference, start, renewal, monthlyValue, currency));
        Button save = new Button(existing == null ? "Create" : "Save",
                e -> fireEvent(new SaveEvent(this,
                        new ContractDraft(client.getValue() == null ? null : client.getValue().id(),
                                reference.getValue(), start.getValue(), renewal.getValue(), monthlyValue.getValue(),
                                currency.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void preselect(ClientDetails clientDetails) {
        client.setValue(clientDetails);
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, Map.of("client", client, "reference", reference, "start", start, "renewal", renewal,
                "monthlyValue", monthlyValue, "currency", currency));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<ContractForm> {

        private final ContractDraft draft;

        SaveEvent(ContractForm source, ContractDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ContractDraft draft() {
            return draft;
        }

    }

}
