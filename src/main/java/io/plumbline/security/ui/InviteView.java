package io.plumbline.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.tenancy.UserService;

/** Where an invitation link lands: the invitee chooses a password, then signs in. */
@Route(value = "invite/:token", autoLayout = false)
@PageTitle("Accept invitation · Plumbline")
@AnonymousAllowed
public class InviteView extends Div implements BeforeEnterObserver {

    private final UserService users;

    private final Div card = new Div();

    public InviteView(UserService users) {
        this.users = users;
        addClassName("pl-login");
        // a page without the app frame: it is the main landmark itself
        getElement().setAttribute("role", "main");
        card.addClassNames("pl-login-card", "pl-form-card");
        card.getStyle().set("flex-direction", "column");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        users.inviteeEmail(token).ifPresentOrElse(email -> {
            PasswordForm form = new PasswordForm(false, "Set password");
            form.addSubmitListener(submit -> {
                try {
                    users.redeemInvite(token, submit.newPassword());
                    card.removeAll();
                    card.add(new H2("Password set"), new Paragraph("You can now sign in as " + email + "."),
                            new Anchor("login", "Sign in"));
                }
                catch (InvalidInputException e) {
                    form.fail(e);
                }
            });
            card.add(new H2("Welcome to Plumbline"), new Paragraph("Choose a password for " + email + "."), form);
        }, () -> card.add(new H2("Invitation not valid"),
                new Paragraph(
                        "This invitation link has expired or was already used. Ask your administrator for a new one."),
                new Anchor("login", "Go to sign in")));
    }

}
