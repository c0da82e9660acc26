package io.plumbline.tenancy.cli;

import io.plumbline.shared.InvalidInputException;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.AgencyService.NewAgency;
import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The platform operator's way to create an agency:
 * {@code java -jar plumbline.jar create-agency --name="Acme Agency" --owner-email=owner@acme.example}.
 * Prints the owner's one-time password; production never ships a default password.
 */
@Component
@Profile("cli")
public class AgencyCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private final AgencyService agencies;

    private final PrintStream out;

    private int exitCode;

    @org.springframework.beans.factory.annotation.Autowired
    AgencyCommandLine(AgencyService agencies) {
        this(agencies, System.out);
    }

    AgencyCommandLine(AgencyService agencies, PrintStream out) {
        this.agencies = agencies;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        String name = single(args, "name");
        String ownerEmail = single(args, "owner-email");
        if (name == null || ownerEmail == null) {
            out.println(
                    "usage: create-agency --name=\"Agency name\" --owner-email=owner@example.com [--owner-name=\"Full name\"]");
            exitCode = 2;
            return;
        }
        try {
            NewAgency created = agencies.createAgency(name, ownerEmail, single(args, "owner-name"), null);
            out.printf(
                    "Created agency '%s' (%s).%nOwner %s signs in with the one-time password %s%n"
                            + "and must choose a new password at first sign-in (valid 7 days).%n",
                    name.strip(), created.agency(), created.ownerEmail(), created.oneTimePassword());
        }
        catch (InvalidInputException e) {
            out.printf("Not created: --%s: %s%n", e.field().replaceAll("([A-Z])", "-$1").toLowerCase(), e.getMessage());
            exitCode = 1;
        }
    }

    private static String single(ApplicationArguments args, String option) {
        List<String> values = args.getOptionValues(option);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

}
