package io.plumbline.retention.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.ContractDraft;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.tenancy.ClientDetails;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Create a contract or correct its open term; knows no services.
 */
class ContractForm extends EditorDialog<ContractDraft> {

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
        super(existing == null ? "New contract" : "Edit " + existing.reference(), existing == null ? "Create" : "Save");
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
    }

    void preselect(ClientDetails clientDetails) {
        client.setValue(clientDetails);
    }

    @Override
    protected ContractDraft draft() {
        return new ContractDraft(client.getValue() == null ? null : client.getValue().id(), reference.getValue(),
                start.getValue(), renewal.getValue(), monthlyValue.getValue(), currency.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("client", client, "reference", reference, "start", start, "renewal", renewal, "monthlyValue",
                monthlyValue, "currency", currency);
    }

}
