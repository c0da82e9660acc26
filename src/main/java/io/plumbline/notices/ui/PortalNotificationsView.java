package io.plumbline.notices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.notices.FeedService;
import io.plumbline.notices.FeedStatus;
import io.plumbline.notices.NoticeMailStatus;
import io.plumbline.notices.NoticeSubscription;
import io.plumbline.notices.SubscriptionService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.PlumblineProperties;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * How the signed-in client hears about incidents and maintenance: e-mail notices (the
 * user's own subscription, all integrations or chosen ones, and the latest mails) and the
 * secret Atom feed address (made, replaced or revoked here; shown once when made).
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

    private final SubscriptionService subscriptions;

    private final IntegrationService integrations;

    private final Div mailSection = new Div();

    public PortalNotificationsView(FeedService feeds, SubscriptionService subscriptions,
            IntegrationService integrations, ClientService clients, PlumblineProperties properties) {
        this.feeds = feeds;
        this.subscriptions = subscriptions;
        this.integrations = integrations;
        this.client = clients.list(true).getFirst();
        this.baseUrl = properties.publicUrl() == null || properties.publicUrl().isBlank() ? currentBase()
                : properties.publicUrl().replaceAll("/+$", "");
        addClassName("pl-page");
        feedSection.setWidthFull();
        mailSection.setWidthFull();
        add(new H2("Notifications"), mailSection, feedSection);
        showMail();
        showFeed(null);
    }

    private static final String OFF = "No e-mails";

    private static final String ALL = "All my integrations";

    private static final String CHOSEN = "Only these integrations";

    private void showMail() {
        mailSection.removeAll();
        mailSection.add(new H3("E-mail notices"));
        mailSection.add(new Paragraph("Get an e-mail when your agency publishes an incident or an update to it, or "
                + "announces maintenance. Every e-mail has a link to unsubscribe with one click."));
        Optional<NoticeSubscription> mine = subscriptions.mine();
        List<IntegrationDetails> own = integrations.listForClient(client.id());
        RadioButtonGroup<String> choice = new RadioButtonGroup<>("E-mail me about");
        choice.setId("notice-mail-choice");
        choice.setItems(OFF, ALL, CHOSEN);
        choice.setValue(mine.map(m -> m.allIntegrations() ? ALL : CHOSEN).orElse(OFF));
        MultiSelectComboBox<IntegrationDetails> chosen = new MultiSelectComboBox<>("Integrations");
        chosen.setId("notice-mail-integrations");
        chosen.setItems(own);
        chosen.setItemLabelGenerator(IntegrationDetails::name);
        chosen.setWidthFull();
        mine.ifPresent(m -> chosen
            .setValue(own.stream().filter(i -> m.integrations().contains(i.id())).collect(Collectors.toSet())));
        chosen.setVisible(CHOSEN.equals(choice.getValue()));
        choice.addValueChangeListener(e -> chosen.setVisible(CHOSEN.equals(e.getValue())));
        Button save = new Button("Save", e -> {
            try {
                if (OFF.equals(choice.getValue())) {
                    subscriptions.unsubscribe();
                    Ui.success("You will get no notice e-mails");
                }
                else {
                    subscriptions
                        .subscribe(ALL.equals(choice.getValue()) ? NoticeSubscription.all() : new NoticeSubscription(
                                false,
                                chosen.getValue().stream().map(IntegrationDetails::id).collect(Collectors.toSet())));
                    Ui.success("Subscribed to notice e-mails");
                }
                showMail();
            }
            catch (InvalidInputException invalid) {
                chosen.setErrorMessage(invalid.getMessage());
                chosen.setInvalid(true);
            }
        });
        save.setId("notice-mail-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mailSection.add(choice, chosen, save);
        List<NoticeMailStatus> sent = subscriptions.myMails();
        if (!sent.isEmpty()) {
            Div list = new Div();
            list.add(new Paragraph("Your latest notice e-mails:"));
            for (NoticeMailStatus mail : sent) {
                Div row = new Div();
                row.add(new Span(
                        Ui.figures().dateTime(mail.createdAt(), client.timeZone()) + " · " + mail.subject() + " "));
                row.add(switch (mail.state()) {
                    case "SENT" -> Ui.badge("sent", "ok");
                    case "HELD" -> Ui.badge("demo, not sent", "none");
                    case "FAILED" -> Ui.badge("could not be sent", "bad");
                    case "CANCELLED" -> Ui.badge("not sent", "none");
                    default -> Ui.badge("sending", "none");
                });
                list.add(row);
            }
            mailSection.add(list);
        }
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
