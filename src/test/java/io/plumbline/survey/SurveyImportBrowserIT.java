package io.plumbline.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The survey import page in Debian's Chromium: the browser's own refusal of a file over
 * the limit says the file's size, the limit and what to do (not Vaadin's "File is Too
 * Big."), and a localised export is read with the chosen date and number settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("pgtest")
@Import({ Fixtures.class, SurveyFixtures.class })
class SurveyImportBrowserIT {

    private static Playwright playwright;

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyFixtures surveyFixtures;

    TestAgency agency;

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
    void signedInAsOwner() {
        agency = fixtures.anAgency();
        surveyFixtures.sampleClients(agency);
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)).newPage();
        page.setDefaultTimeout(30_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(agency.ownerEmail());
        page.locator("input[name=password]").fill(Fixtures.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate("http://localhost:" + port + "/satisfaction/import");
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void a_file_over_the_limit_is_refused_in_the_browser_with_its_size_the_limit_and_what_to_do() {
        byte[] big = new byte[SurveyImportService.MAX_BYTES + (int) (1.5 * 1024 * 1024)];

        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("responses.csv", "text/csv", big));
        assertThat(page.locator("vaadin-notification-card"))
            .containsText("The file is 21.5 MB; the limit is 20.0 MB. Split the export by date range");
        assertThat(page.locator("body")).not().containsText("File is Too Big");
        assertThat(page.locator("#import-summary")).hasCount(0);
    }

    @Test
    void a_spreadsheet_with_german_dates_is_previewed_with_the_rows_as_read() {
        choose(1, "Day first");
        choose(2, "Decimal comma");

        page.locator("vaadin-upload input[type=file]")
            .setInputFiles(new FilePayload("typeform-de.csv", "text/csv", sample()));

        assertThat(page.locator("#import-summary")).containsText("3 new");
        assertThat(page.locator("#import-first-rows")).containsText("01.12.2026 10:14");
        assertThat(page.locator("#import-first-rows")).containsText("9,0 → 9");
        // Pictures of the page at 1440 and 390 px (looked at, not asserted).
        page.mouse().move(0, 0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/survey-import-1440.png")));
        page.locator("#import-first-rows").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/survey-import-1440-rows.png")));
        page.setViewportSize(390, 844);
        page.locator("vaadin-select").first().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/survey-import-390.png")));
        page.locator("#import-first-rows").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/survey-import-390-rows.png")));
    }

    /** Opens the n-th select of the page and picks the item with this text. */
    private void choose(int select, String item) {
        page.locator("vaadin-select").nth(select).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(item)).click();
        assertThat(page.locator("vaadin-select").nth(select)).containsText(item);
        page.waitForTimeout(300);
    }

    private static byte[] sample() {
        try (var in = SurveyImportBrowserIT.class.getResourceAsStream("/survey/typeform-excel-de.csv")) {
            return in.readAllBytes();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
