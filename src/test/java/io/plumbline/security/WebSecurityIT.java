package io.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.Fixtures.TestUser;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser really gets from Vaadin's pages over HTTP (MockMvc never reaches the
 * Vaadin servlet): security headers, the CSRF check of the sign-in form, and statuses
 * that match what the page says.
 */
@PostgresIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class WebSecurityIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    TestAgency agency;

    Browser browser;

    @BeforeEach
    void anAgencyAndAFreshBrowser() {
        agency = fixtures.anAgency();
        browser = new Browser();
    }

    @Test
    void vaadin_pages_carry_every_security_header_signed_out_and_signed_in() throws Exception {
        assertSecurityHeaders(browser.get("/login"));
        assertSecurityHeaders(browser.get("/invite/not-a-real-token"));

        browser.signIn(fixtures.aUser(agency, Role.EXECUTIVE));
        HttpResponse<String> clients = browser.get("/clients");

        assertThat(clients.statusCode()).isEqualTo(200);
        assertSecurityHeaders(clients);
    }

    @Test
    void signing_in_without_the_csrf_token_is_refused_and_signs_nobody_in() throws Exception {
        TestUser exec = fixtures.aUser(agency, Role.EXECUTIVE);
        browser.get("/login");

        HttpResponse<String> answer = browser.post("/login",
                form("username", exec.email(), "password", Fixtures.PASSWORD));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(browser.get("/clients").headers().firstValue("Location"))
            .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void signing_in_with_the_token_of_the_login_page_works() throws Exception {
        HttpResponse<String> answer = browser.signIn(fixtures.aUser(agency, Role.EXECUTIVE));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
            .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        assertThat(browser.get("/clients").statusCode()).isEqualTo(200);
    }

    @Test
    void a_route_the_role_may_not_open_answers_403_with_the_explanation() throws Exception {
        browser.signIn(fixtures.aUser(agency, Role.EXECUTIVE));

        HttpResponse<String> users = browser.get("/users");

        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(users.body()).contains("Not available to your role");
    }

    @Test
    void foreign_or_unknown_ids_answer_404_without_an_error_in_the_log(CapturedOutput log) throws Exception {
        TestAgency otherAgency = fixtures.anAgency();
        ClientDetails foreignClient = fixtures.aClient(otherAgency);
        browser.signIn(fixtures.aUser(agency, Role.EXECUTIVE));

        for (String path : new String[] { "/alerts/" + UUID.randomUUID(), "/alerts/not-an-id",
                "/dashboard/client/" + foreignClient.id(), "/dashboard/client/not-an-id",
                "/clients/" + foreignClient.id(), "/consent/" + foreignClient.id(), "/sla/" + UUID.randomUUID(),
                "/incidents/" + UUID.randomUUID(), "/retention/contracts/" + UUID.randomUUID() }) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Not found").doesNotContain("There was an exception");
        }
        assertThat(log.getAll()).doesNotContain(" ERROR ").doesNotContain("Internal error");
    }

    @Test
    void an_unknown_address_answers_404_in_the_app_frame_to_a_signed_in_user(CapturedOutput log) throws Exception {
        browser.signIn(fixtures.aUser(agency, Role.EXECUTIVE));

        for (String path : new String[] { "/nope", "/clients/" + UUID.randomUUID() + "/nope" }) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Page not found").doesNotContain("There was an exception");
        }
        assertThat(log.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void an_unknown_address_sends_a_signed_out_user_to_the_login() throws Exception {
        HttpResponse<String> page = browser.get("/nope");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
            .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void actuator_endpoints_other_than_health_answer_401_without_the_metrics_password() throws Exception {
        assertThat(browser.get("/actuator/health").statusCode()).isEqualTo(200);
        for (String path : new String[] { "/actuator/info", "/actuator/prometheus" }) {
            HttpResponse<String> anonymous = browser.get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path)
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
            HttpResponse<String> guessing = browser.send(HttpRequest.newBuilder(browser.uri(path))
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("metrics:guess".getBytes(StandardCharsets.UTF_8))));
            assertThat(guessing.statusCode()).as(path).isEqualTo(401);
        }
    }

    private static void assertSecurityHeaders(HttpResponse<String> page) {
        var headers = page.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
            .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
    }

    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&")
                .append(namesAndValues[i])
                .append('=')
                .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** One visitor: keeps its session cookie, never follows redirects. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)));
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** As the login form does: the token comes from the page's _csrf meta tag. */
        HttpResponse<String> signIn(TestUser user) throws IOException, InterruptedException {
            Matcher token = CSRF_META.matcher(get("/login").body());
            assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
            return post("/login",
                    form("username", user.email(), "password", Fixtures.PASSWORD, "_csrf", token.group(1)));
        }

    }

}
