package io.plumbline.alerting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.alerting.AlertChannelService;
import io.plumbline.alerting.ChannelDetails;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * Notification channels: e-mail lists and webhooks, with quiet hours; editors can send a
 * test notice.
 */
@Route("alerts/channels")
@PageTitle("Alert channels · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class ChannelsView extends VerticalLayout {

    private final AlertChannelService channels;

    private final Grid<ChannelDetails> grid = new Grid<>();

    private final boolean editor = Access.mayChangeAgencyWork();

    public ChannelsView(AlertChannelService channels) {
        this.channels = channels;
        addClassName("pl-page");
        setSizeFull();
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Alert channels"), spacer,
                new RouterLink("← Alerts", AlertsView.class));
        toolbar.addClassName("pl-toolbar");
        if (editor) {
            Button create = new Button("New channel", VaadinIcon.PLUS.create(), e -> open(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        grid.addColumn(ChannelDetails::name)
            .setHeader("Channel")
            .setWidth("13em")
            .setFlexGrow(0)
            .setTooltipGenerator(ChannelDetails::name);
        grid.addColumn(c -> c.type() + (c.webhookFormat() == null ? "" : " · " + c.webhookFormat())
                + (c.signed() ? " · signed" : ""))
            .setHeader("Type")
            .setAutoWidth(true);
        grid.addColumn(ChannelDetails::target)
            .setHeader("Sends to")
            .setWidth("18em")
            .setFlexGrow(1)
            .setTooltipGenerator(ChannelDetails::target);
        grid.addColumn(c -> c.quietHours() == null ? "" : c.quietHours().describe())
            .setHeader("Quiet hours")
            .setAutoWidth(true);
        grid.addColumn(c -> c.enabled() ? "enabled" : "disabled").setHeader("State").setAutoWidth(true);
        if (editor) {
            grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText("No channels yet.");
        add(toolbar, grid);
        refresh();
    }

    private HorizontalLayout actions(ChannelDetails channel) {
        Button edit = new Button("Edit", e -> open(channel));
        Button test = new Button("Send test notification", e -> {
            channels.sendTest(channel.id());
            Ui.success("Queued a test notice to " + channel.name() + "; see the outbox");
        });
        Button delete = new Button("Delete", e -> {
            channels.delete(channel.id());
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : new Button[] { edit, test, delete }) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        return new HorizontalLayout(edit, test, delete);
    }

    void open(ChannelDetails existing) {
        ChannelForm form = new ChannelForm(existing);
        form.onSave(draft -> {
            ChannelDetails saved = existing == null ? channels.create(draft) : channels.update(existing.id(), draft);
            Ui.success("Saved " + saved.name());
            refresh();
        });
        form.open();
    }

    private void refresh() {
        grid.setItems(channels.list());
    }

}
