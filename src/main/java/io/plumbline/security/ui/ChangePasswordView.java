package io.plumbline.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import io.plumbline.security.PlumblineUser;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.UserService;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Every user can change their password here; holders of a one-time password are sent here
 * first.
 */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Change password · Plumbline")
@PermitAll
public class ChangePasswordView extends Div {

    public ChangePasswordView(UserService users) {
        addClassName("pl-login");
        // a page without the app frame: it is the main landmark itself
        getElement().setAttribute("role", "main");
        PlumblineUser user = (PlumblineUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        PasswordForm form = new PasswordForm(true, "Change password");
        form.addSubmitListener(event -> {
            try {
                users.changeOwnPassword(event.currentPassword(), event.newPassword());
                rememberPasswordChanged(user);
                Ui.success("Your password has been changed.");
                UI.getCurrent().navigate("");
            }
            catch (InvalidInputException e) {
                form.fail(e);
            }
        });
        Div card = new Div();
        card.addClassNames("pl-login-card", "pl-form-card");
        card.add(new H2("Choose your password"),
                new Paragraph(user.mustChangePassword()
                        ? "You signed in with a one-time password. Choose your own password to continue; "
                                + "the one-time password is the current password."
                        : "Signed in as " + user.email() + "."),
                form);
        add(card);
    }

    /**
     * The session keeps its principal; replace it so the forced change stops applying.
     */
    private static void rememberPasswordChanged(PlumblineUser user) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        PlumblineUser updated = user.withPasswordChanged();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(updated,
                null, updated.getAuthorities());
        authentication.setDetails(previous.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context,
                VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }

}
