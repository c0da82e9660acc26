package io.plumbline.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.plumbline.audit.AuditAction;
import io.plumbline.audit.AuditEntry;
import io.plumbline.audit.AuditFilter;
import io.plumbline.audit.AuditService;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Logins, failed logins, lock-outs, user and client changes; filtered and paged lazily.
 */
@Route("audit")
@PageTitle("Audit log · Plumbline")
@Menu(title = "Audit log", order = 95, icon = "vaadin:records")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME })
public class AuditLogView extends VerticalLayout {

    private final AuditService audit;

    private final Grid<AuditEntry> grid = new Grid<>();

    private final TextField user = new TextField("User");

    private final Select<AuditAction> action = new Select<>();

    private final DatePicker from = new DatePicker("From (UTC)");

    private final DatePicker to = new DatePicker("To (UTC, inclusive)");

    public AuditLogView(AuditService audit) {
        this.audit = audit;
        addClassName("pl-page");
        setSizeFull();
        user.setPlaceholder("e-mail contains…");
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel("Action");
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("All actions");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? "All actions" : a.label());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        user.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(user, action, from, to);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.addColumn(e -> Ui.format(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorEmail).setHeader("User").setFlexGrow(1);
        grid.addColumn(e -> e.action().label()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader("Target").setFlexGrow(1);
        grid.addColumn(AuditEntry::detail).setHeader("Detail").setFlexGrow(2);
        grid.addColumn(AuditEntry::remoteAddress).setHeader("Address").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No entries match these filters.");
        add(new H2("Audit log"), filters, grid);
        refresh();
    }

    private void refresh() {
        LocalDate toDate = to.getValue();
        AuditFilter filter = new AuditFilter(user.getValue(), action.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay().toInstant(ZoneOffset.UTC),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        grid.setItems(query -> audit.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) audit.count(filter));
    }

}
