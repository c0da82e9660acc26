package io.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.Fixtures.TestUser;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.security.ui.ChangePasswordView;
import io.plumbline.security.ui.InviteView;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.IssuedSecret;
import io.plumbline.tenancy.NewUser;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.UserService;
import io.plumbline.tenancy.ui.AgencyBrandingView;
import io.plumbline.tenancy.ui.ClientsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password change, forced change after a one-time password, invitations and logo checks,
 * as users drive them.
 */
@PostgresIntegrationTest
class SecurityViewsIT extends SpringBrowserlessTest {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserService users;

    @Autowired
    AgencyService agencies;

    @Autowired
    PasswordEncoder passwordEncoder;

    TestAgency agency;

    @BeforeEach
    void anAgency() {
        agency = fixtures.anAgency();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void holder_of_a_one_time_password_sees_only_the_password_change_until_choosing_one() {
        IssuedSecret secret = agency.scope()
            .call(() -> users.createWithOneTimePassword(
                    new NewUser(Fixtures.unique("otp") + "@user.test", null, Role.ANALYST, null)));
        signInWithOneTimePassword(secret);

        navigate("clients", ChangePasswordView.class);
        fillPasswords(secret.secret(), NEW_PASSWORD, NEW_PASSWORD);
        test(find(Button.class).withText("Change password").single()).click();

        var account = users.findForSignIn(secret.email()).orElseThrow();
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, account.passwordHash())).isTrue();
        assertThat(navigate("clients", ClientsView.class)).isNotNull();
    }

    @Test
    void wrong_current_password_is_shown_on_its_field_and_changes_nothing() {
        TestUser analyst = fixtures.aUser(agency, Role.ANALYST);
        Fixtures.signInAs(analyst);
        navigate(ChangePasswordView.class);

        fillPasswords("not my password", NEW_PASSWORD, NEW_PASSWORD);
        test(find(Button.class).withText("Change password").single()).click();

        PasswordField current = find(PasswordField.class).withLabel("Current password").single();
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("The current password is not correct.");
        assertThat(passwordEncoder.matches(Fixtures.PASSWORD,
                users.findForSignIn(analyst.email()).orElseThrow().passwordHash()))
            .isTrue();
    }

    @Test
    void different_repetition_of_the_new_password_is_refused() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        navigate(ChangePasswordView.class);

        fillPasswords(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
        test(find(Button.class).withText("Change password").single()).click();

        assertThat(find(PasswordField.class).withLabel("Repeat the new password").single().getErrorMessage())
            .isEqualTo("The two new passwords differ.");
    }

    @Test
    void invitation_link_sets_the_password_once() {
        IssuedSecret invite = agency.scope()
            .call(() -> users
                .createWithInvite(new NewUser(Fixtures.unique("invitee") + "@user.test", null, Role.EXECUTIVE, null)));

        navigate("invite/" + invite.secret(), InviteView.class);
        find(PasswordField.class).withLabel("New password").single().setValue(NEW_PASSWORD);
        find(PasswordField.class).withLabel("Repeat the new password").single().setValue(NEW_PASSWORD);
        test(find(Button.class).withText("Set password").single()).click();

        assertThat(find(H2.class).withText("Password set").exists()).isTrue();
        assertThat(
                passwordEncoder.matches(NEW_PASSWORD, users.findForSignIn(invite.email()).orElseThrow().passwordHash()))
            .isTrue();
        navigate("invite/" + invite.secret(), InviteView.class);
        assertThat(find(H2.class).withText("Invitation not valid").exists()).isTrue();
    }

    @Test
    void logo_upload_refuses_a_file_that_is_not_an_image_and_keeps_the_current_logo() {
        Fixtures.signInAs(fixtures.ownerOf(agency));
        navigate(AgencyBrandingView.class);

        test(find(Upload.class).single()).upload("logo.png", "image/png", "<svg onload=alert(1)>".getBytes());

        assertThat(find(Span.class)
            .withText("Only PNG or JPEG images are accepted (the file's content is not one of them).")
            .exists()).isTrue();
        assertThat(agency.scope().call(() -> agencies.currentBranding()).logoIfAny()).isEmpty();
    }

    private void signInWithOneTimePassword(IssuedSecret secret) {
        var account = users.findForSignIn(secret.email()).orElseThrow();
        PlumblineUser principal = new PlumblineUser(account.id(), account.email(), account.displayName(),
                account.role(), account.scope(), true);
        SecurityContextHolder.getContext()
            .setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private void fillPasswords(String current, String password, String repeated) {
        find(PasswordField.class).withLabel("Current password").single().setValue(current);
        find(PasswordField.class).withLabel("New password").single().setValue(password);
        find(PasswordField.class).withLabel("Repeat the new password").single().setValue(repeated);
    }

}
