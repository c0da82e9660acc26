package io.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.plumbline.FreshEmbeddedDatabase;
import io.plumbline.reporting.ClientReportIT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Boots the embedded default exactly as the README's run command does (H2 file database,
 * demo data) and drives it in Debian's Chromium: each demo role signs in and lands where
 * it should.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshEmbeddedDatabase
class EmbeddedDefaultBrowserIT {

    private static Playwright playwright;

    private static Browser browser;

    @LocalServerPort
    int port;

    Page page;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        browser = playwright.chromium()
            .launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(
                        List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking")));
    }

    @AfterAll
    static void closeChromium() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void newPage() {
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)).newPage();
        page.setDefaultTimeout(30_000);
        // Waiting, not asserting time: a 90-day health page on a busy 2-core machine can
        // take longer than 5 s to draw.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void client_user_lands_in_the_branded_portal_and_is_refused_agency_routes() {
        signIn("viewer@acme.example", "plumbline-demo");

        page.waitForURL("**/portal");
        assertThat(page.locator("#portal-client-name")).hasText("Acme Retail");
        assertThat(page.locator(".pl-portal-header")).containsText("Northwind Digital");
        assertThat(page.locator("body")).not().containsText("Globex Health");

        page.navigate(url("/clients"));
        assertThat(page.getByText("Not available to your role")).isVisible();
        assertThat(page.locator("body")).not().containsText("Globex Health");
    }

    @Test
    void client_user_sees_ninety_days_of_demo_health_for_their_own_integrations_only() {
        signIn("viewer@acme.example", "plumbline-demo");
        page.waitForURL("**/portal");

        page.navigate(url("/portal/health"));

        assertThat(page.locator(".pl-kpi-label", new Page.LocatorOptions().setHasText("Availability"))).isVisible();
        assertThat(page.locator(".pl-chart svg.pl-chart-wide")).hasCount(5);
        assertThat(page.locator("vaadin-grid")).containsText("HubSpot CRM");
        assertThat(page.locator("body")).not().containsText("Salesforce");
    }

    @Test
    void executive_lands_on_the_dashboard_drills_into_a_client_and_is_refused_admin_views() {
        signIn("exec@northwind.example", "plumbline-demo");

        page.waitForURL("**/dashboard");
        assertThat(page.locator(".pl-dash-kpi")).hasCount(9);
        assertThat(page.locator(".pl-chart svg.pl-chart-wide")).hasCount(3);
        assertThat(page.locator("body")).not().containsText("Initech");
        page.locator("#clients a", new Page.LocatorOptions().setHasText("Globex Health")).click();
        page.waitForURL("**/dashboard/client/**");
        assertThat(page.locator("#drill-client-name")).hasText("Globex Health");
        assertThat(page.locator("#client-slas")).isVisible();
        page.locator("#client-report").click();
        page.waitForURL("**/reports?client=**");
        assertThat(page.locator("vaadin-combo-box input").first()).hasValue("Globex Health");
        page.getByText("Generate report").click();
        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
                // the link of the report just generated; the archive below also lists the
                // demo's earlier reports
                () -> page.locator(".pl-report-progress a", new Page.LocatorOptions().setHasText("Download PDF"))
                    .click());
        byte[] pdf = readAll(download);
        String text = pdfText(pdf);
        org.assertj.core.api.Assertions.assertThat(text).contains("Globex Health").doesNotContain("Acme Retail");

        page.navigate(url("/clients"));
        assertThat(page.getByText("Globex Health")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users"))).hasCount(0);

        page.navigate(url("/users"));
        assertThat(page.getByText("Not available to your role")).isVisible();
    }

    @Test
    void wrong_password_gets_a_clear_message() {
        signIn("exec@northwind.example", "not-the-password");

        assertThat(page.getByText("Incorrect e-mail or password")).isVisible();
        assertThat(page.url()).contains("error=bad-credentials");
    }

    @Test
    void signing_out_returns_to_the_login_page() {
        signIn("admin@northwind.example", "plumbline-demo");
        page.waitForURL("**/dashboard");

        page.getByText("Sign out").click();

        page.waitForURL("**/login?signed-out");
        assertThat(page.getByText("You have signed out.")).isVisible();
    }

    /**
     * At 390×844 (a common phone) no portal page and not the executive dashboard scroll
     * sideways or cut content off, and Sign out stays on screen. The portal routes are
     * found on the classpath, so a new portal page is checked too.
     */
    @Nested
    class OnAPhone {

        /**
         * Lists what sticks out past the right edge of the window: the elements
         * themselves, not their scrollers.
         */
        private static final String WHAT_STICKS_OUT = """
                () => [...document.querySelectorAll('body *')]
                    .filter(e => !e.closest('vaadin-dev-tools, copilot-main'))
                    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > window.innerWidth + 1; })
                    .slice(0, 10)
                    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                        + ' "' + (e.textContent || '').trim().slice(0, 30) + '" right=' + Math.round(e.getBoundingClientRect().right))""";

        @BeforeEach
        void phoneSizedWindow() {
            page.setViewportSize(390, 844);
        }

        @Test
        void every_portal_page_fits_a_phone_screen_with_sign_out_in_reach() {
            signIn("viewer@acme.example", "plumbline-demo");
            page.waitForURL("**/portal");

            List<String> routes = portalRoutes();
            org.assertj.core.api.Assertions.assertThat(routes)
                .as("portal routes found on the classpath")
                .contains("/portal", "/portal/sla", "/portal/health", "/portal/reports");
            for (String route : routes) {
                page.navigate(url(route));
                assertFitsTheWindow(route);
                assertThat(page.locator(".pl-portal-header vaadin-button",
                        new Page.LocatorOptions().setHasText("Sign out")))
                    .isInViewport();
            }
        }

        @Test
        void the_portal_menu_folds_behind_a_button_on_a_phone_and_closes_after_choosing_a_page() {
            signIn("viewer@acme.example", "plumbline-demo");
            page.waitForURL("**/portal");
            com.microsoft.playwright.Locator serviceLevels = page.locator("#portal-nav a",
                    new Page.LocatorOptions().setHasText("Service levels"));
            assertThat(serviceLevels).isHidden();

            page.locator(".pl-portal-menu-toggle").click();
            assertThat(page.locator(".pl-portal-menu-toggle")).hasAttribute("aria-expanded", "true");
            assertThat(serviceLevels).isInViewport();
            serviceLevels.click();

            page.waitForURL("**/portal/sla");
            assertThat(serviceLevels).isHidden();
            assertFitsTheWindow("/portal/sla after the menu");
        }

        @Test
        void the_executive_dashboard_fits_a_phone_screen_with_sign_out_in_reach() {
            signIn("exec@northwind.example", "plumbline-demo");
            page.waitForURL("**/dashboard");

            assertFitsTheWindow("/dashboard");
            assertThat(page.locator(".pl-brand-bar vaadin-button", new Page.LocatorOptions().setHasText("Sign out")))
                .isInViewport();
            assertThat(page.locator(".pl-dash-kpi")).hasCount(9);
        }

        /**
         * Waits for the view and its server round trips, then for the page to fit; fails
         * naming what sticks out.
         */
        private void assertFitsTheWindow(String route) {
            page.locator(".pl-page").first().waitFor();
            page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
            try {
                // Retried like Playwright's own assertions: a grid may drop its
                // phone-hidden columns one round trip later.
                page.waitForFunction("() => document.documentElement.scrollWidth <= window.innerWidth && ("
                        + WHAT_STICKS_OUT + ")().length === 0");
            }
            catch (com.microsoft.playwright.TimeoutError notFitting) {
                org.assertj.core.api.Assertions.fail("%s at 390 px: scrollWidth %s, sticking out: %s".formatted(route,
                        page.evaluate("document.documentElement.scrollWidth"), page.evaluate(WHAT_STICKS_OUT)));
            }
        }

    }

    /** Every {@code @Route} under {@code portal}, as a path. */
    private static List<String> portalRoutes() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                new org.springframework.core.type.filter.AnnotationTypeFilter(com.vaadin.flow.router.Route.class));
        return scanner.findCandidateComponents("io.plumbline").stream().map(candidate -> {
            try {
                return Class.forName(candidate.getBeanClassName())
                    .getAnnotation(com.vaadin.flow.router.Route.class)
                    .value();
            }
            catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        })
            .filter(route -> route.equals("portal") || route.startsWith("portal/"))
            .peek(route -> org.assertj.core.api.Assertions.assertThat(route)
                .as("a portal route with parameters needs a concrete URL in this test")
                .doesNotContain(":"))
            .map(route -> "/" + route)
            .sorted()
            .toList();
    }

    private void signIn(String email, String password) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForLoadState();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static byte[] readAll(Download download) {
        try (InputStream in = download.createReadStream()) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pdfText(byte[] pdf) {
        try {
            return ClientReportIT.text(pdf);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
