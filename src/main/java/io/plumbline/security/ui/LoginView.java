package io.plumbline.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.plumbline.security.LoginHint;
import io.plumbline.shared.Preparation;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Plumbline")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    // Also the answer to an invitation not yet accepted: a separate one would tell that
    // the e-mail has an account.
    private static final String CHECK_CREDENTIALS = "Check your e-mail address and password and try again. "
            + "Invited? Open the invitation link first to choose your password.";

    private final LoginForm form = new LoginForm();

    private final Paragraph notice = new Paragraph();

    private final ApplicationAvailability availability;

    public LoginView(ObjectProvider<LoginHint> hints, ApplicationAvailability availability) {
        this.availability = availability;
        addClassName("pl-login");
        // a page without the app frame: it is the main landmark itself
        getElement().setAttribute("role", "main");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("Incorrect e-mail or password", CHECK_CREDENTIALS));

        Div intro = new Div();
        intro.addClassName("pl-login-intro");
        intro.add(new H1("Plumbline"),
                new Paragraph("Reliability, consent coverage and satisfaction of the integrations your agency runs, "
                        + "measured against the promises you made."));
        hints.ifAvailable(hint -> {
            Paragraph demo = new Paragraph(hint.text());
            demo.addClassName("pl-muted");
            demo.getStyle().set("white-space", "pre-line");
            intro.add(demo);
        });
        notice.setId("login-notice");
        notice.addClassName("pl-muted");
        notice.setVisible(false);
        Div formCard = new Div(form, notice);
        formCard.addClassName("pl-form-card");
        Div card = new Div(intro, formCard);
        card.addClassName("pl-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<Preparation> preparation = Preparation.ongoing(availability);
        preparation.ifPresent(ongoing -> {
            notice.setText(ongoing.message() + " Sign-in opens when it is done; reload this page in a few seconds.");
            notice.setVisible(true);
        });
        if (query.getParameters().containsKey("signed-out")) {
            notice.setText("You have signed out.");
            notice.setVisible(true);
        }
        String error = query.getSingleParameter("error").orElse(null);
        if (error == null) {
            return;
        }
        String minutes = query.getSingleParameter("minutes").filter(m -> m.matches("\\d{1,5}")).orElse(null);
        String wait = minutes == null ? "later" : "in " + minutes + (minutes.equals("1") ? " minute" : " minutes");
        LoginI18n i18n = switch (error) {
            // Unknown e-mails get this answer too, after as many failures
            // (docs/security.md): it names the e-mail, not an account.
            case "account-locked" ->
                i18n("Sign-in paused for this e-mail", "Too many failed attempts for this e-mail address. Try again "
                        + wait + ", or ask your administrator to reset your password.");
            case "address-throttled" -> i18n("Too many attempts from your network",
                    "Sign-in from your address is paused after repeated failures. Try again " + wait + ".");
            case "disabled" -> i18n("Account disabled",
                    "This account has been disabled. Ask your agency's administrator to enable it.");
            case "password-expired" -> i18n("One-time password expired",
                    "The one-time password you were given has expired. Ask your administrator for a new one.");
            case "preparing" -> i18n(preparation.map(Preparation::message).orElse("Preparing…"),
                    "Plumbline is not ready to sign anyone in yet. Try again in a few seconds.");
            default -> i18n("Incorrect e-mail or password", CHECK_CREDENTIALS);
        };
        form.setI18n(i18n);
        form.setError(true);
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

}
