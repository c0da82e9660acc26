package io.plumbline;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
// Each module's *Properties record binds its plumbline.* settings; their defaults are in
// application.properties.
@ConfigurationPropertiesScan
@EnableScheduling
public class PlumblineApplication {

    public static void main(String[] args) {
        // Before any HTTP client exists: monitors and webhooks send the Host header
        // themselves, because they
        // connect to the address the outbound guard approved
        // (monitoring.PinnedConnection).
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        SpringApplication application = new SpringApplication(PlumblineApplication.class);
        if (Arrays.asList(args).contains("create-agency")) {
            // Operator commands (tenancy.cli) run against the database and exit; no web
            // server.
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("cli");
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }

}
