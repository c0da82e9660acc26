package io.plumbline.tenancy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.Fixtures;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.SignInAccount;
import io.plumbline.tenancy.UserService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

@PostgresIntegrationTest
class AgencyCommandLineIT {

    @Autowired
    AgencyService agencies;

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void operator_creates_an_agency_whose_owner_must_replace_a_one_time_password() {
        String email = Fixtures.unique("founder") + "@new-agency.test";
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        AgencyCommandLine command = new AgencyCommandLine(agencies,
                new PrintStream(output, true, StandardCharsets.UTF_8));

        command.run(new DefaultApplicationArguments("create-agency", "--name=Blue Harbour Agency",
                "--owner-email=" + email));

        String printed = output.toString(StandardCharsets.UTF_8);
        Matcher password = Pattern.compile("one-time password (\\S+)").matcher(printed);
        assertThat(command.getExitCode()).isZero();
        assertThat(password.find()).as(printed).isTrue();
        SignInAccount owner = users.findForSignIn(email).orElseThrow();
        assertThat(owner.role()).isEqualTo(Role.OWNER);
        assertThat(owner.mustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(password.group(1), owner.passwordHash())).isTrue();
    }

    @Test
    void a_bad_owner_email_is_refused_with_the_option_named() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        AgencyCommandLine command = new AgencyCommandLine(agencies,
                new PrintStream(output, true, StandardCharsets.UTF_8));

        command.run(new DefaultApplicationArguments("create-agency", "--name=Nameless", "--owner-email=not-an-email"));

        assertThat(command.getExitCode()).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8))
            .contains("Not created: --owner-email: Enter the owner's e-mail address like name@example.com.");
    }

}
