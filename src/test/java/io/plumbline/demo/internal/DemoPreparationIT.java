package io.plumbline.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.plumbline.FreshEmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The embedded default while it seeds the demo (issue 13: sign-ins failed as "wrong
 * password" and the demo API key as 401 during those 15-30 s). A last demo story looks at
 * the running app from outside, with the web server already open and the seeding not
 * finished: readiness, the login page in Chromium, a sign-in and an API push.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "PLUMBLINE_DEMO_API_KEY=" + DemoPreparationIT.API_KEY)
@FreshEmbeddedDatabase
class DemoPreparationIT {

    static final String API_KEY = "pl_preparation_test_key_0123";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationAvailability availability;

    @Autowired
    DuringSeeding duringSeeding;

    @Test
    void readiness_refuses_traffic_while_the_demo_is_seeded_and_accepts_it_once_seeded() throws Exception {
        assertThat(duringSeeding.readiness).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(duringSeeding.readinessProbeStatus).isEqualTo(503);

        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void login_page_says_the_demo_is_being_prepared_and_refuses_sign_in_with_that_reason_meanwhile() {
        assertThat(duringSeeding.loginNotice).startsWith("Preparing demo data…");
        assertThat(duringSeeding.urlAfterSignIn).endsWith("/login?error=preparing");
        assertThat(duringSeeding.refusalShown).as("the refusal names the preparation, not a wrong password").isTrue();
    }

    @Test
    void api_answers_503_with_retry_after_while_the_demo_is_seeded_and_accepts_the_demo_key_once_seeded()
            throws Exception {
        HttpResponse<String> during = duringSeeding.push;
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(during.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(during.body()).contains("\"type\":\"/problems/not-ready\"", "Preparing demo data…");

        assertThat(push(port).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> push(int port) throws IOException, InterruptedException {
        String body = """
                [{"integration":"acme-hubspot","timestamp":"%s","status":200,"latencyMs":120}]"""
            .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/observations"))
                .header("Authorization", "Bearer " + API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @TestConfiguration
    static class SeedingObserver {

        @Bean
        DuringSeeding duringSeeding(ApplicationAvailability availability, Environment environment) {
            return new DuringSeeding(availability, environment);
        }

    }

    /**
     * The last demo story: what a user, a probe and a gateway get while the seeding is
     * not finished.
     */
    static class DuringSeeding implements DemoStory {

        private final ApplicationAvailability availability;

        private final Environment environment;

        ReadinessState readiness;

        int readinessProbeStatus;

        String loginNotice;

        String urlAfterSignIn;

        boolean refusalShown;

        HttpResponse<String> push;

        DuringSeeding(ApplicationAvailability availability, Environment environment) {
            this.availability = availability;
            this.environment = environment;
        }

        @Override
        public int order() {
            return Integer.MAX_VALUE;
        }

        @Override
        public void tell(DemoWorld world) {
            int port = environment.getRequiredProperty("local.server.port", Integer.class);
            readiness = availability.getReadinessState();
            try {
                readinessProbeStatus = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
                push = push(port);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            signInWithChromium(port);
        }

        private void signInWithChromium(int port) {
            try (Playwright playwright = Playwright.create();
                    Browser browser = playwright.chromium()
                        .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(
                                    Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                                    "--disable-background-networking")))) {
                Page page = browser.newPage();
                page.setDefaultTimeout(60_000);
                page.navigate("http://localhost:" + port + "/login");
                loginNotice = page.locator("#login-notice").innerText();
                page.locator("input[name=username]").fill("exec@northwind.example");
                page.locator("input[name=password]").fill(DemoAccounts.PASSWORD);
                page.locator("vaadin-login-form vaadin-button").first().click();
                page.waitForURL("**/login?error=*");
                urlAfterSignIn = page.url();
                page.getByText("Plumbline is not ready to sign anyone in yet").first().waitFor();
                refusalShown = page.getByText("Plumbline is not ready to sign anyone in yet").first().isVisible()
                        && page.getByText("Incorrect e-mail or password").count() == 0;
            }
        }

    }

}
