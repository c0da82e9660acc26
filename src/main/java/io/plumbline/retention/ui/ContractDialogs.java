package io.plumbline.retention.ui;

import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.RetentionService;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import java.util.List;

/**
 * Opens the contract forms and hands their drafts to the service; both retention views
 * use it.
 */
final class ContractDialogs {

    private final RetentionService retention;

    private final List<ClientDetails> clients;

    private final Runnable onSaved;

    ContractDialogs(RetentionService retention, List<ClientDetails> clients, Runnable onSaved) {
        this.retention = retention;
        this.clients = clients;
        this.onSaved = onSaved;
    }

    void create(ClientDetails preselected) {
        ContractForm form = new ContractForm(null, clients);
        if (preselected != null) {
            form.preselect(preselected);
        }
        form.onSave(draft -> saved(retention.create(draft)));
        form.open();
    }

    void edit(ContractDetails contract) {
        ContractForm form = new ContractForm(contract, clients);
        form.onSave(draft -> saved(retention.update(contract.id(), draft)));
        form.open();
    }

    void renew(ContractDetails contract) {
        RenewalForm form = new RenewalForm(contract);
        form.onSave(draft -> saved(retention.renew(contract.id(), draft)));
        form.open();
    }

    void churn(ContractDetails contract) {
        ChurnForm form = new ChurnForm(contract, retention.today());
        form.onSave(draft -> saved(retention.churn(contract.id(), draft)));
        form.open();
    }

    /** Edit, Renew and Churn for an open term; nothing for a closed one. */
    com.vaadin.flow.component.orderedlayout.HorizontalLayout actions(ContractDetails contract) {
        var actions = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
        if (contract.status().open()) {
            actions.add(button("Edit", () -> edit(contract)), button("Renew", () -> renew(contract)),
                    button("Churn", () -> churn(contract)));
        }
        return actions;
    }

    private static com.vaadin.flow.component.button.Button button(String text, Runnable action) {
        var button = new com.vaadin.flow.component.button.Button(text, e -> action.run());
        button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private void saved(ContractDetails saved) {
        Ui.success("Saved " + saved.reference());
        onSaved.run();
    }

}
