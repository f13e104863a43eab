package uk.scrutiny.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.scrutiny.demo.DemoData;

/**
 * The manager finds the administration and the history in the menu, and each of those views passes
 * axe-core's WCAG 2.2 AA checks with no serious or critical violation; a business unit officer
 * neither sees them nor reaches them by a typed address, and the refusal is logged: the journeys
 * themselves, which {@link AdministrationEndToEndTests} runs on the embedded database and
 * {@link WorkspaceMariaDbEndToEndTests} on MariaDB. A subclass starts the application with the demo
 * data on a random port.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AdministrationJourneys {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<String> ADMIN_PATHS = List.of(
            "admin/users", "admin/agencies", "admin/meeting-bodies", "admin/indicators", "admin/frameworks", "history");
    private static final List<String> HEADINGS =
            List.of("Users", "Agencies", "Meeting bodies", "Indicators", "Frameworks", "History");

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void the_manager_finds_the_administration_and_each_view_passes_the_accessibility_checks() {
        browser.signIn("manager", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");

        assertThat(browser.menu()).containsAll(ADMIN_PATHS);

        for (int i = 0; i < ADMIN_PATHS.size(); i++) {
            browser.open("/" + ADMIN_PATHS.get(i));
            browser.waitForText(By.tagName("h1"), HEADINGS.get(i));
            browser.screenshot(ADMIN_PATHS.get(i).replace('/', '-'));
            assertNoSeriousViolations(ADMIN_PATHS.get(i));
        }
        browser.open("/admin/users");
        browser.click(By.xpath("//vaadin-button[normalize-space(.)='New user']"));
        browser.waitFor(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog"));
        browser.waitForText(By.tagName("body"), "Create user");
        assertNoSeriousViolations("new user form");
        browser.open("/admin/frameworks");
        browser.click(By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='Version 1']"));
        browser.waitForText(By.tagName("h1"), "(version 1)");
        assertThat(browser.waitFor(By.cssSelector(".framework-status")).getCssValue("border-left-width"))
                .as("the administration's own stylesheet is served and applied")
                .isEqualTo("4px");
        assertNoSeriousViolations("framework");
        browser.click(By.xpath("//a[normalize-space(.)='Edit']"));
        browser.waitForText(By.tagName("h1"), "Edit ");
        assertNoSeriousViolations("framework editor");
    }

    @Test
    void a_malformed_framework_file_chosen_in_the_browser_is_refused_with_what_to_do(@TempDir Path files)
            throws IOException {
        Path malformed = Files.writeString(
                files.resolve("six-steps-edited.json"),
                "{ \"format\": \"safeguarding-scrutiny-framework\", \"formatVersion\": 1, \"family\": \"six-steps\",\n  \"name\": ");
        browser.signIn("manager", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");
        browser.open("/admin/frameworks");
        browser.waitForText(By.tagName("h1"), "Frameworks");
        int versions = browser.driver
                .findElements(By.xpath("//vaadin-grid-cell-content//a[starts-with(normalize-space(.), 'Version ')]"))
                .size();

        browser.fileInput().sendKeys(malformed.toAbsolutePath().toString());

        browser.waitForText(By.cssSelector(".import-outcome"), "cannot be imported");
        WebElement outcome = browser.waitFor(By.cssSelector(".import-outcome"));
        assertThat(outcome.getText())
                .startsWith("'six-steps-edited.json' cannot be imported: it is not valid JSON")
                .contains("(line 2, column")
                .endsWith(
                        "Correct the file, or export the framework again, then import it again. Nothing has been saved.");
        assertThat(outcome.getAttribute("role")).isEqualTo("alert");
        browser.screenshot("admin-frameworks-refused-file");
        assertThat(browser.driver.findElements(
                        By.xpath("//vaadin-grid-cell-content//a[starts-with(normalize-space(.), 'Version ')]")))
                .as("no framework version was added")
                .hasSize(versions);
    }

    @Test
    void a_business_unit_officer_neither_sees_the_administration_nor_reaches_it_by_address(CapturedOutput output) {
        browser.signIn("officer", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");

        assertThat(browser.menu()).doesNotContainAnyElementsOf(ADMIN_PATHS);

        browser.open("/admin/users");
        browser.waitForText(By.tagName("h1"), "Page not available");
        assertThat(browser.driver.findElements(By.cssSelector("vaadin-grid"))).isEmpty();
        assertThat(output).contains("Refused: officer asked for /admin/users");
    }

    private void assertNoSeriousViolations(String view) {
        List<Rule> serious = new AxeBuilder()
                .withTags(WCAG).analyze(browser.driver).getViolations().stream()
                        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                        .toList();
        assertThat(serious)
                .as(() -> view + ": "
                        + serious.stream()
                                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                                        + r.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }
}
