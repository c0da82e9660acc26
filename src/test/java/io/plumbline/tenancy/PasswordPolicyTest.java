package io.plumbline.tenancy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_long_passphrase_is_accepted() {
        assertThatCode(() -> PasswordPolicy.check("tangerine kettle orbit", "ana@example.com"))
            .doesNotThrowAnyException();
    }

    @Test
    void short_passwords_are_refused_on_the_new_password_field() {
        assertThatThrownBy(() -> PasswordPolicy.check("short", "ana@example.com"))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("Use at least 12 characters.")
            .extracting(e -> ((InvalidInputException) e).field())
            .isEqualTo("newPassword");
    }

    @Test
    void the_email_name_may_not_be_the_password() {
        assertThatThrownBy(() -> PasswordPolicy.check("margaret-2026-pass", "margaret@example.com"))
            .hasMessage("Do not use your e-mail name in the password.");
    }

}
