package io.plumbline.tenancy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.IssuedSecret;

/**
 * Shows a one-time password or invitation link exactly once: it is stored only as a hash.
 */
class SecretDialog extends Dialog {

    SecretDialog(IssuedSecret secret, String inviteBaseUrl) {
        boolean invite = secret.kind() == IssuedSecret.Kind.INVITE_TOKEN;
        setHeaderTitle(invite ? "Invitation link for " + secret.email() : "One-time password for " + secret.email());
        setWidth("560px");
        Div value = new Div(invite ? inviteBaseUrl + "invite/" + secret.secret() : secret.secret());
        value.addClassName("pl-secret");
        value.setId("issued-secret");
        add(new Paragraph(
                invite ? "Send this link to the user. It works once and expires " + Ui.format(secret.expiresAt()) + "."
                        : "Pass this password on securely. The user must replace it at first sign-in; it expires "
                                + Ui.format(secret.expiresAt()) + "."),
                value, new Paragraph("Copy it now: Plumbline stores only a hash and cannot show it again."));
        Button done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

}
