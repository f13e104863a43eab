package uk.scrutiny.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.batch.imports.ImportRunner;
import uk.scrutiny.batch.imports.InboxFolder;
import uk.scrutiny.batch.imports.RunResult;
import uk.scrutiny.demo.DemoData;
import uk.scrutiny.domain.imports.RunTrigger;
import uk.scrutiny.support.SignedIn;

/**
 * Each main view checked with axe-core against WCAG 2.2 A and AA in the browser: no serious or
 * critical violation. Each view's screenshot is saved under target/screenshots. Before the views
 * are opened, a nightly import run files three quarters of police figures, the local authority's
 * workbook and a health file with errors, so that the dashboard, the Imports page and the
 * Scorecards page show what an import leaves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(SignedIn.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityEndToEndTests {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @LocalServerPort
    int port;

    @Autowired
    ReviewService reviews;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ImportRunner runner;

    @Autowired
    InboxFolder inbox;

    private Browser browser;

    @BeforeAll
    void importScorecardsThenSignIn() throws IOException {
        Path scorecards = Files.createDirectories(inbox.root().resolve(InboxFolder.SCORECARDS));
        for (String fixture :
                List.of("police-2022-23-q2.csv", "la-2022-23-q2.xlsx", "health-2022-23-q2-with-errors.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/fixtures/scorecards/" + fixture)) {
                Files.copy(Objects.requireNonNull(in, fixture), scorecards.resolve(fixture));
            }
        }
        Files.writeString(
                scorecards.resolve("police-2022-23-q3.csv"), policeScorecard("Q3", "431", "366", "27", "93.3,1866"));
        Files.writeString(
                scorecards.resolve("police-2022-23-q4.csv"), policeScorecard("Q4", "455", "341", "22", "95.2,1904"));
        try (var files = Files.list(scorecards)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(2, ChronoUnit.MINUTES)));
            }
        }
        assertThat(runner.runOnce(RunTrigger.NIGHTLY, "system").exitCode())
                .as("one file is rejected")
                .isEqualTo(RunResult.REJECTIONS);

        browser = new Browser(port);
        browser.signIn("officer", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");
    }

    private static String policeScorecard(
            String quarter, String domesticAbuse, String missing, String cse, String trainedPercentAndCount) {
        String period = "2022/23 " + quarter;
        return "agency,period,indicator,value,numerator,denominator,comment\n"
                + "POLICE," + period + ",POL-DA-CHILD," + domesticAbuse + ",,,\n"
                + "POLICE," + period + ",POL-MISSING," + missing + ",,,\n"
                + "POLICE," + period + ",POL-CSE-FLAGS," + cse + ",,,\n"
                + "POLICE," + period + ",WF-TRAINING-PCT," + trainedPercentAndCount + ",2000,\n";
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void the_sign_in_page_has_no_serious_accessibility_violation() {
        try (Browser anonymous = new Browser(port)) {
            anonymous.open("/login");
            anonymous.waitFor(By.cssSelector("vaadin-login-form"));
            anonymous.screenshot("login");
            assertNoSeriousViolations(anonymous, "login");
        }
    }

    List<String[]> views() {
        long inProgress =
                signedIn.as("officer", () -> reviews.reviews().getFirst().id().value());
        long seed =
                signedIn.as("officer", () -> reviews.reviews().getLast().id().value());
        return List.of(
                new String[] {"dashboard", "/", "Dashboard"},
                new String[] {"reviews", "/reviews", "Reviews"},
                new String[] {"review", "/review/" + seed, "Independent scrutiny"},
                new String[] {"review-in-progress", "/review/" + inProgress, "Independent scrutiny"},
                new String[] {"question", "/review/" + inProgress + "/question/1.3", "1.3"},
                new String[] {"evidence", "/evidence", "Evidence library"},
                new String[] {"rejected-uploads", "/evidence/rejected", "Rejected uploads"},
                new String[] {"actions", "/actions", "Action plan"},
                new String[] {"report", "/report/" + seed, "Report 2021/22"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void a_main_view_has_no_serious_accessibility_violation(String name, String path, String heading) {
        browser.open(path);
        browser.waitForText(By.tagName("h1"), heading);
        if (name.equals("dashboard") || name.equals("report")) {
            browser.screenshotWholePage(name, 2400);
        } else {
            browser.screenshot(name);
        }
        assertNoSeriousViolations(browser, name);
    }

    @Test
    void the_imports_page_shows_each_run_and_the_errors_of_a_rejected_file() {
        browser.open("/imports");
        browser.waitForText(By.tagName("h1"), "Imports");
        browser.click(
                By.xpath("(//vaadin-grid)[1]//vaadin-grid-cell-content[starts-with(normalize-space(.), 'Run ')]"));
        browser.click(
                By.xpath(
                        "(//vaadin-grid)[2]//vaadin-grid-cell-content[normalize-space(.)='scorecards/health-2022-23-q2-with-errors.csv']"));
        browser.waitForText(By.xpath("(//vaadin-grid)[3]"), "is not a number");
        browser.screenshotWholePage("imports", 2400);
        assertNoSeriousViolations(browser, "imports");
    }

    @Test
    void the_scorecards_page_shows_who_has_sent_what_and_an_indicator_s_trend() {
        browser.open("/scorecards");
        browser.waitForText(By.tagName("h1"), "Scorecards");
        choose("From", "2022/23 Q1");
        choose("To", "2022/23 Q4");
        By indicator = By.xpath("//vaadin-combo-box[.//label[normalize-space(.)='Indicator']]//input");
        browser.type(indicator, Keys.chord(Keys.CONTROL, "a") + "WF-TRAINING");
        browser.click(By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), 'WF-TRAINING-PCT')]"));
        browser.waitFor(By.cssSelector("img.trend-chart[alt*='Staff with up-to-date safeguarding training']"));
        browser.screenshotWholePage("scorecards", 2600);
        assertNoSeriousViolations(browser, "scorecards");
    }

    @Test
    void a_data_officer_checks_a_scorecard_before_sending_it() {
        try (Browser dataOfficer = new Browser(port)) {
            dataOfficer.signIn("police.data", DemoData.DEMO_PASSWORD);
            dataOfficer.waitForText(By.tagName("h1"), "Dashboard");
            dataOfficer.open("/scorecards/send");
            dataOfficer.waitForText(By.tagName("h1"), "Send a scorecard");
            dataOfficer
                    .fileInput()
                    .sendKeys(Path.of("src/test/resources/fixtures/scorecards/police-2022-23-q2.csv")
                            .toAbsolutePath()
                            .toString());
            dataOfficer.waitForText(By.cssSelector(".upload-summary"), "is valid");
            assertThat(dataOfficer.waitFor(By.cssSelector(".upload-summary")).getText())
                    .isEqualTo(
                            "'police-2022-23-q2.csv' is valid: 4 rows for POLICE, 2022/23 Q2. Send it to import it.");
            dataOfficer.screenshotWholePage("scorecard-send", 2000);
            assertNoSeriousViolations(dataOfficer, "scorecard-send");
        }
    }

    /** Chooses an item of a select by its label, as a person would with the mouse. */
    private void choose(String label, String item) {
        String select = "//vaadin-select[.//label[normalize-space(.)='" + label + "']]";
        browser.click(By.xpath(select));
        browser.click(By.xpath(select + "//vaadin-select-item[normalize-space(.)='" + item + "']"));
        browser.waitForText(By.xpath(select), item);
        browser.settle();
    }

    private static void assertNoSeriousViolations(Browser browser, String view) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver);
        List<Rule> serious = results.getViolations().stream()
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
