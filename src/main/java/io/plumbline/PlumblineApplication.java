package io.plumbline;

import io.plumbline.tenancy.cli.AgencyCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlumblineApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PlumblineApplication.class);
        if (AgencyCommandLine.isCommand(args)) {
            // Operator commands run against the database and exit; no web server.
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("cli");
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
