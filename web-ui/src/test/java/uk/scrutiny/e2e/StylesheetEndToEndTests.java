package uk.scrutiny.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.scrutiny.demo.DemoData;

/**
 * Every stylesheet a page asks for arrives and applies for a signed-in user, on every page of the
 * manager's menu and the scorecard upload: a stylesheet that the security refuses leaves its page
 * unstyled and logs a refusal on every visit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(OutputCaptureExtension.class)
class StylesheetEndToEndTests {

    /**
     * Every stylesheet the page links, asked for again with the page's own session (not from the cache),
     * and whether its rules are in the page; and the status of every stylesheet the page requested.
     */
    private static final String STYLESHEETS = """
            const done = arguments[arguments.length - 1];
            const hasRules = sheet => {
                try {
                    return sheet !== null && sheet.cssRules.length > 0;
                } catch (refused) {
                    return false; // a sheet whose response was not a stylesheet keeps its rules to itself
                }
            };
            const linked = [...document.querySelectorAll('link[rel~="stylesheet"]')]
                .map(link => ({href: link.href, applied: hasRules(link.sheet)}));
            const requested = performance.getEntriesByType('resource')
                .filter(entry => new URL(entry.name).pathname.endsWith('.css'))
                .map(entry => ({href: entry.name, status: entry.responseStatus}));
            Promise.all(linked.map(async link => {
                const response = await fetch(link.href, {cache: 'no-store', credentials: 'same-origin', redirect: 'manual'});
                return {href: link.href, applied: link.applied, status: response.status,
                        type: response.headers.get('content-type') || ''};
            })).then(links => done({links: links, requested: requested}), error => done({error: String(error)}));
            """;

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void signInAsManager() {
        browser = new Browser(port);
        browser.signIn("manager", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void every_stylesheet_of_every_page_arrives_and_applies_and_none_is_refused(CapturedOutput output) {
        List<String> paths = new ArrayList<>(browser.menu());
        paths.add("scorecards/send");
        assertThat(paths)
                .as("the pages with their own stylesheets are among those checked")
                .contains("report", "scorecards", "imports", "admin/users", "history");

        List<String> problems = new ArrayList<>();
        List<String> linked = new ArrayList<>();
        for (String path : paths) {
            browser.open("/" + path);
            browser.waitFor(By.tagName("h1"));
            Map<?, ?> found = stylesheets();
            assertThat(found.get("error")).as(path).isNull();
            for (Object each : (List<?>) found.get("links")) {
                Map<?, ?> link = (Map<?, ?>) each;
                String href = String.valueOf(link.get("href"));
                linked.add(path + " " + href.substring(href.lastIndexOf('/') + 1));
                if (((Number) link.get("status")).intValue() != 200
                        || !String.valueOf(link.get("type")).startsWith("text/css")
                        || !Boolean.TRUE.equals(link.get("applied"))) {
                    problems.add("/" + path + " links " + link);
                }
            }
            for (Object each : (List<?>) found.get("requested")) {
                Map<?, ?> request = (Map<?, ?>) each;
                int status = ((Number) request.get("status")).intValue();
                if (status != 200 && status != 304) {
                    problems.add("/" + path + " requested " + request);
                }
            }
        }

        assertThat(problems).as("stylesheets that did not arrive or apply").isEmpty();
        assertThat(linked)
                .as("each page links its own stylesheets")
                .contains(
                        "report report.css",
                        "report report-page.css",
                        "scorecards scorecards.css",
                        "imports scorecards.css",
                        "scorecards/send scorecards.css",
                        "admin/users admin.css",
                        "history history.css");
        assertThat(output).doesNotContain("Refused:");
    }

    @Test
    void the_report_the_scorecards_and_the_imports_are_drawn_with_their_own_styles() {
        browser.open("/report");
        assertThat(browser.waitFor(By.cssSelector(".scrutiny-report")).getCssValue("max-width"))
                .as("report.css")
                .isEqualTo("832px");
        assertThat(browser.waitFor(By.cssSelector(".report-flag")).getCssValue("font-weight"))
                .as("report-page.css")
                .isEqualTo("700");

        browser.open("/scorecards");
        assertThat(browser.waitFor(By.cssSelector(".scorecard-section")).getCssValue("margin-top"))
                .as("scorecards.css")
                .isEqualTo("24px");

        browser.open("/imports");
        browser.waitForText(By.tagName("h1"), "Imports");
        // The page's progress bar is only sent to the browser while an import runs: a stand-in takes its class.
        assertThat(browser.driver.executeScript("""
                const progress = document.createElement('div');
                progress.className = 'import-progress';
                document.body.append(progress);
                const maxWidth = getComputedStyle(progress).maxWidth;
                progress.remove();
                return maxWidth;
                """)).as("scorecards.css").isEqualTo("640px");
    }

    private Map<?, ?> stylesheets() {
        return (Map<?, ?>) browser.driver.executeAsyncScript(STYLESHEETS);
    }
}
