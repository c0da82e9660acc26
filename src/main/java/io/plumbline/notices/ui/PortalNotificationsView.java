package io.plumbline.notices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.plumbline.notices.FeedService;
import io.plumbline.notices.FeedStatus;
import io.plumbline.shared.PlumblineProperties;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * How the signed-in client hears about incidents and maintenance: the secret Atom feed
 * address (made, replaced or revoked here; shown once when made).
 */
@Route("portal/notifications")
@PageTitle("Notifications · Portal")
@Menu(title = "Notifications", order = 11)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalNotificationsView extends VerticalLayout {

    private final FeedService feeds;

    private final ClientDetails client;

    private final String baseUrl;

    private final Div feedSection = new Div();

    public PortalNotificationsView(FeedService feeds, ClientService clients, PlumblineProperties properties) {
        this.feeds = feeds;
        this.client = clients.list(true).getFirst();
        this.baseUrl = properties.publicUrl() == null || properties.publicUrl().isBlank() ? currentBase()
                : properties.publicUrl().replaceAll("/+$", "");
        addClassName("pl-page");
        feedSection.setWidthFull();
        add(new H2("Notifications"), feedSection);
        showFeed(null);
    }

    private void showFeed(String freshToken) {
        feedSection.removeAll();
        feedSection.add(new H3("Feed for your reader"));
        Paragraph what = new Paragraph("An Atom feed of the incidents and maintenance your agency tells you about, "
                + "newest first. Add its address to a feed reader, Slack or Teams. Anyone with the address can read "
                + "the feed, so keep it private; make a new one if it leaks.");
        feedSection.add(what);
        FeedStatus status = feeds.status(client.id());
        if (freshToken != null) {
            TextField address = new TextField("Your feed address");
            address.setValue(baseUrl + "/feeds/" + freshToken + ".atom");
            address.setReadOnly(true);
            address.setWidthFull();
            address.setId("feed-address");
            address.setHelperText("Copy it now: for your safety it is shown only this once.");
            feedSection.add(address);
        }
        else if (status.live()) {
            Paragraph live = new Paragraph("A feed address is active since "
                    + Ui.figures().dateTime(status.createdAt(), client.timeZone()) + " "
                    + Ui.figures().zone(client.timeZone(), status.createdAt()) + " (made by " + status.createdBy()
                    + "). Its address was shown when it was made; make a new one to see an address again.");
            live.addClassName("pl-muted");
            feedSection.add(live);
        }
        else {
            Paragraph none = new Paragraph("No feed address is active.");
            none.addClassName("pl-muted");
            feedSection.add(none);
        }
        Button issue = new Button(status.live() ? "Make a new address" : "Create feed address", e -> {
            String token = feeds.issue(client.id());
            Ui.success(status.live() ? "New address made; the old one no longer works" : "Feed address made");
            showFeed(token);
        });
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(issue);
        actions.getStyle().set("flex-wrap", "wrap");
        if (status.live()) {
            Button revoke = new Button("Revoke address", e -> {
                feeds.revoke(client.id());
                Ui.success("Feed address revoked");
                showFeed(null);
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        }
        feedSection.add(actions);
    }

    private static String currentBase() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? ""
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString();
    }

}
