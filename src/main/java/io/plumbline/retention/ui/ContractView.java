package io.plumbline.retention.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.shared.NotFoundException;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.ContractId;
import io.plumbline.retention.RetentionService;
import io.plumbline.shared.ui.Facts;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One contract: the chosen term, and every term of the contract with its renewals and
 * churn.
 */
@Route("retention/contracts/:id")
@PageTitle("Contract · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class ContractView extends VerticalLayout implements BeforeEnterObserver {

    private final RetentionService retention;

    private final ClientService clients;

    private final boolean editor = Access.mayManageAgency();

    private ContractId id;

    private ClientDetails client;

    public ContractView(RetentionService retention, ClientService clients) {
        this.retention = retention;
        this.clients = clients;
        addClassName("pl-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ContractDetails contract = event.getRouteParameters()
            .get("id")
            .flatMap(ContractId::parse)
            .flatMap(retention::find)
            .orElse(null);
        client = contract == null ? null : clients.find(contract.client()).orElse(null);
        if (client == null) {
            throw new NotFoundException("No such contract");
        }
        id = contract.id();
        show();
    }

    private void show() {
        removeAll();
        ContractDetails contract = retention.find(id).orElseThrow();
        List<ContractDetails> terms = retention.termsOf(id);
        HorizontalLayout header = new HorizontalLayout(new RouterLink("Retention", RetentionView.class),
                new H2("%s · %s".formatted(contract.reference(), client.name())),
                Ui.badge(contract.status().label(), contract.status().tone()));
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(header);
        Facts facts = new Facts().fact("Term", contract.start() + " – " + contract.renewal())
            .fact("Monthly value", RetentionFormat.money(contract.monthlyValue(), contract.currency()));
        contract.churnIfAny()
            .ifPresent(churn -> facts.fact("Churned", churn.date() + " · " + churn.category().label())
                .fact("What happened", churn.reason()));
        add(facts);
        if (editor) {
            ContractDialogs dialogs = new ContractDialogs(retention, clients.list(false), this::show);
            add(dialogs.actions(terms.getLast()));
        }
        Grid<ContractDetails> grid = new Grid<>();
        grid.addColumn(c -> c.start() + " – " + c.renewal()).setHeader("Term").setAutoWidth(true);
        grid.addColumn(c -> RetentionFormat.money(c.monthlyValue(), c.currency()))
            .setHeader("Monthly value")
            .setAutoWidth(true);
        grid.addColumn(this::change).setHeader("Change at renewal").setAutoWidth(true);
        grid.addComponentColumn(c -> Ui.badge(c.status().label(), c.status().tone()))
            .setHeader("Status")
            .setAutoWidth(true);
        grid.addColumn(c -> c.churnIfAny().map(ch -> ch.category().label() + ": " + ch.reason()).orElse(""))
            .setHeader("Churn")
            .setFlexGrow(1);
        grid.setItems(terms);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(new H3("Terms"), grid);
    }

    private String change(ContractDetails term) {
        if (term.previous() == null) {
            return "first term";
        }
        return retention.find(term.previous()).map(before -> {
            int sign = term.monthlyValue().compareTo(before.monthlyValue());
            String what = sign > 0 ? "expansion" : sign < 0 ? "contraction" : "flat";
            return "%s (%+,.2f)".formatted(what, term.monthlyValue().subtract(before.monthlyValue()));
        }).orElse("");
    }

}
