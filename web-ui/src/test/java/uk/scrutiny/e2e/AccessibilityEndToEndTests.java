package uk.scrutiny.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.scrutiny.application.demo.DemoData;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.support.SignedIn;

/**
 * Each main view checked with axe-core against WCAG 2.2 A and AA in the browser: no serious or
 * critical violation. Each view's screenshot is saved under target/screenshots.
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

    private Browser browser;

    @BeforeAll
    void signIn() {
        browser = new Browser(port);
        browser.signIn("officer", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @org.junit.jupiter.api.Test
    void the_sign_in_page_has_no_serious_accessibility_violation() {
        try (Browser anonymous = new Browser(port)) {
            anonymous.open("/login");
            anonymous.waitFor(By.cssSelector("vaadin-login-form"));
            anonymous.screenshot("login");
            assertNoSeriousViolations(anonymous, "login");
        }
    }

    List<String[]> views() {
        long inProgress = signedIn.as("officer", () -> reviews.reviews().getFirst().id().value());
        long seed = signedIn.as("officer", () -> reviews.reviews().getLast().id().value());
        return List.of(
                new String[] {"dashboard", "/", "Dashboard"},
                new String[] {"reviews", "/reviews", "Reviews"},
                new String[] {"review", "/review/" + seed, "Independent scrutiny"},
                new String[] {"review-in-progress", "/review/" + inProgress, "Independent scrutiny"},
                new String[] {"question", "/review/" + inProgress + "/question/1.3", "1.3"},
                new String[] {"evidence", "/evidence", "Evidence library"},
                new String[] {"rejected-uploads", "/evidence/rejected", "Rejected uploads"},
                new String[] {"actions", "/actions", "Action plan"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void a_main_view_has_no_serious_accessibility_violation(String name, String path, String heading) {
        browser.open(path);
        browser.waitForText(By.tagName("h1"), heading);
        browser.screenshot(name);
        assertNoSeriousViolations(browser, name);
    }

    private static void assertNoSeriousViolations(Browser browser, String view) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .toList();
        assertThat(serious).as(() -> view + ": " + serious.stream()
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }
}
