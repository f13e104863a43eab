package uk.scrutiny.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.scrutiny.application.evidence.EvidenceService;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.demo.DemoData;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.persistence.TestFiles;
import uk.scrutiny.support.SignedIn;

/**
 * The scrutiny workspace in a real browser, for each role, against the running application with the
 * demo data: the journeys themselves, which {@link WorkspaceEndToEndTests} runs on the embedded
 * database and {@link WorkspaceMariaDbEndToEndTests} on MariaDB. A subclass starts the application on a
 * random port with {@link SignedIn} in its context.
 */
abstract class WorkspaceJourneys {

    @LocalServerPort
    int port;

    @Autowired
    ReviewService reviews;

    @Autowired
    EvidenceService evidence;

    @Autowired
    SignedIn signedIn;

    @TempDir
    Path files;

    private final List<Browser> browsers = new ArrayList<>();

    private Browser browser() {
        Browser browser = new Browser(port);
        browsers.add(browser);
        return browser;
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    private ReviewId review(int startYear) {
        return signedIn.as(
                "manager",
                () -> reviews.reviews().stream()
                        .filter(r -> r.year().equals(FinancialYear.of(startYear)))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    private QuestionAssessment question(ReviewId id, String ref) {
        ReviewDetails details = signedIn.as("scrutineer", () -> reviews.review(id));
        return details.questions().stream()
                .filter(q -> q.question().ref().equals(QuestionRef.parse(ref)))
                .findFirst()
                .orElseThrow();
    }

    private static String questionPath(ReviewId id, String ref) {
        return "/review/" + id + "/question/" + ref;
    }

    @Test
    void each_role_signs_in_and_sees_its_own_menu() {
        Browser browser = browser();
        Map<String, List<String>> allowed = Map.of(
                "manager", List.of("", "reviews", "evidence", "actions"),
                "officer", List.of("", "reviews", "evidence", "actions"),
                "scrutineer", List.of("", "reviews", "evidence", "actions"),
                "health.lead", List.of("", "reviews", "evidence", "actions"),
                "police.data", List.of("", "reviews"));
        for (var entry : allowed.entrySet()) {
            browser.signIn(entry.getKey(), DemoData.DEMO_PASSWORD);
            browser.waitForText(By.tagName("h1"), "Dashboard");
            List<String> menu = browser.menu();
            assertThat(menu).as(entry.getKey()).containsAll(entry.getValue());
            if (entry.getKey().equals("police.data")) {
                assertThat(menu).as("a data officer's menu").doesNotContain("evidence", "actions");
            }
            browser.signOut();
        }
    }

    @Test
    void the_scrutineer_rates_a_question_green_with_cited_evidence_and_an_action() {
        ReviewId id = review(2022);
        Browser browser = browser();
        browser.signIn("scrutineer", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");
        browser.open(questionPath(id, "3.4"));
        browser.waitForText(By.tagName("h1"), "3.4");

        browser.click(By.xpath("//vaadin-radio-button[.//span[normalize-space(.)='Green']]"));
        browser.type(By.cssSelector("#commentary textarea"), "Case review learning is built into training.");
        browser.click(By.xpath("//vaadin-button[normalize-space(.)='Save rating and commentary']"));
        browser.notification("Question 3.4 saved.");

        browser.type(By.cssSelector("vaadin-combo-box input"), "Salford TTL");
        browser.click(By.xpath("//vaadin-combo-box-item[contains(., 'Salford TTL practice guidance')]"));
        browser.click(By.xpath("//vaadin-button[normalize-space(.)='Cite']"));
        browser.notification("cited.");

        browser.type(By.cssSelector("#new-action textarea"), "Audit the use of case review learning in supervision");
        browser.click(By.xpath("//vaadin-button[normalize-space(.)='Add action']"));
        browser.notification("Action added.");
        browser.screenshot("question");

        QuestionAssessment q = question(id, "3.4");
        assertThat(q.rating()).isEqualTo(RagRating.GREEN);
        assertThat(q.evidence()).extracting(e -> e.title()).contains("Salford TTL practice guidance");
        assertThat(q.actions())
                .extracting(a -> a.text())
                .contains("Audit the use of case review learning in supervision");
        assertThat(q.breaches()).isEmpty();
    }

    @Test
    void a_partner_lead_sees_the_rating_but_cannot_change_it() {
        ReviewId id = review(2022);
        Browser browser = browser();
        browser.signIn("health.lead", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");
        browser.open(questionPath(id, "1.1"));
        browser.waitForText(By.tagName("h1"), "1.1");
        assertThat(browser.driver.findElements(By.cssSelector("vaadin-radio-group")))
                .isEmpty();
        assertThat(browser.driver.findElements(
                        By.xpath("//vaadin-button[normalize-space(.)='Save rating and commentary']")))
                .isEmpty();
        assertThat(browser.waitFor(By.cssSelector(".workspace-content")).getText())
                .contains("Rating:")
                .contains("Green");
    }

    @Test
    void a_data_officer_cannot_reach_what_their_role_may_not_see_by_typed_address() {
        ReviewId inProgress = review(2022);
        Browser browser = browser();
        browser.signIn("police.data", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");
        browser.open("/review/" + inProgress);
        browser.waitFor(By.tagName("body"));
        assertThat(browser.driver.findElements(By.cssSelector(".question"))).isEmpty();
        assertThat(browser.driver.getPageSource()).doesNotContain("Independent scrutiny 2022/23");
        for (String path : List.of("/evidence", "/actions", questionPath(inProgress, "1.1"))) {
            browser.open(path);
            browser.waitFor(By.tagName("body"));
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-grid, .workspace-content")))
                    .as(path)
                    .isEmpty();
        }
    }

    @Test
    void a_conflicting_edit_is_refused_and_nothing_is_overwritten() {
        ReviewId id = review(2022);
        Browser first = browser();
        Browser second = browser();
        for (Browser b : List.of(first, second)) {
            b.signIn("scrutineer", DemoData.DEMO_PASSWORD);
            b.waitForText(By.tagName("h1"), "Dashboard");
            b.open(questionPath(id, "2.4"));
            b.waitForText(By.tagName("h1"), "2.4");
        }
        first.type(By.cssSelector("#commentary textarea"), "First scrutineer's words");
        first.click(By.xpath("//vaadin-button[normalize-space(.)='Save rating and commentary']"));
        first.notification("Question 2.4 saved.");

        second.type(By.cssSelector("#commentary textarea"), "Second scrutineer's words");
        second.click(By.xpath("//vaadin-button[normalize-space(.)='Save rating and commentary']"));
        assertThat(second.notification("changed by someone else")).contains("has not been saved");
        assertThat(question(id, "2.4").assessment().commentary()).isEqualTo("First scrutineer's words");
    }

    @Test
    void an_evidence_upload_of_a_renamed_executable_is_refused_and_listed_with_its_reason() throws IOException {
        byte[] exe = TestFiles.windowsProgram();
        Path renamed = Files.write(files.resolve("minutes.pdf"), exe);
        Browser browser = browser();
        browser.signIn("officer", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");
        // The library's upload, which no review's state (signed off, published) takes away.
        browser.open("/evidence");
        browser.waitForText(By.tagName("h1"), "Evidence library");
        long before = signedIn.as("officer", () -> evidence.count(EvidenceFilter.ALL));
        browser.click(By.xpath("//vaadin-details-summary[contains(., 'Add evidence')]"));
        assertThat(browser.waitFor(By.cssSelector("vaadin-upload")).getText())
                .as("the upload's own words, beside ours")
                .contains("Upload File")
                .contains("Drop file here");
        browser.fileInput().sendKeys(renamed.toAbsolutePath().toString());
        assertThat(browser.notification("named as a PDF document"))
                .startsWith("File refused: 'minutes.pdf'")
                .contains("its content is a program")
                .contains("kept apart, for the business unit to check, under Rejected uploads");
        assertThat(signedIn.as("officer", () -> evidence.count(EvidenceFilter.ALL)))
                .as("library unchanged")
                .isEqualTo(before);

        browser.open("/evidence/rejected");
        browser.waitForText(By.tagName("h1"), "Rejected uploads");
        browser.waitForText(By.cssSelector("vaadin-grid"), "minutes.pdf");
        String row = browser.driver.findElement(By.cssSelector("vaadin-grid")).getText();
        assertThat(row)
                .contains("officer")
                .contains("Content not accepted")
                .contains("its content is a program")
                .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        browser.screenshot("rejected-upload-listed");

        WebElement link = browser.waitFor(By.cssSelector("vaadin-grid-cell-content a.kept-file"));
        HttpResponse<byte[]> download = fetch(browser, link.getAttribute("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/octet-stream"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition)
                        .startsWith("attachment")
                        .containsPattern("filename=\"rejected-upload-\\d+-minutes\\.pdf\\.bin\""));
        assertThat(download.body()).isEqualTo(exe);
    }

    /** Fetches an address of the page with the browser's session, to see the response as the browser gets it. */
    private HttpResponse<byte[]> fetch(Browser browser, String href) {
        String cookies = browser.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try (HttpClient client = HttpClient.newHttpClient()) {
            URI address = URI.create(browser.driver.getCurrentUrl()).resolve(href);
            return client.send(
                    HttpRequest.newBuilder(address).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sign_off_is_refused_while_a_rule_is_broken_then_succeeds() {
        ReviewId id = review(2022);
        ReviewDetails details = signedIn.as("scrutineer", () -> reviews.review(id));
        var evidenceId = details.questions().getFirst().evidence().getFirst().id();
        for (QuestionAssessment q : details.questions()) {
            QuestionRef ref = q.question().ref();
            if (ref.equals(QuestionRef.parse("3.3"))) {
                continue;
            }
            var rated = signedIn.as(
                    "scrutineer",
                    () -> reviews.rate(id, ref, RagRating.GREEN, q.assessment().version()));
            signedIn.as("officer", () -> reviews.cite(id, ref, evidenceId, rated.version()));
            if (q.actions().isEmpty()) {
                signedIn.as("scrutineer", () -> reviews.recommend(id, ref, "Keep this under review", null, null));
            }
        }
        var review = signedIn.as(
                "scrutineer",
                () -> reviews.writeOverallJudgement(
                        id,
                        "Effective, with work to do.",
                        reviews.review(id).review().version()));

        Browser browser = browser();
        browser.signIn("scrutineer", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");
        browser.open("/review/" + id);
        browser.waitForText(By.tagName("h1"), "Independent scrutiny 2022/23");
        assertThat(browser.waitFor(By.cssSelector(".breaches")).getText()).contains("Question 3.3 is not rated yet");
        browser.click(By.xpath("//vaadin-button[starts-with(normalize-space(.),'Sign off')]"));
        assertThat(browser.notification("Question 3.3")).contains("not rated yet");

        QuestionAssessment q33 = question(id, "3.3");
        var rated = signedIn.as(
                "scrutineer",
                () -> reviews.rate(
                        id,
                        QuestionRef.parse("3.3"),
                        RagRating.RED,
                        q33.assessment().version()));
        assertThat(rated.rating()).isEqualTo(RagRating.RED);
        browser.open("/review/" + id);
        browser.waitForText(By.tagName("h1"), "Independent scrutiny 2022/23");
        browser.click(By.xpath("//vaadin-button[starts-with(normalize-space(.),'Sign off')]"));
        browser.notification("is signed off");
        browser.waitForText(By.cssSelector(".review-facts"), "Signed off");
        assertThat(review.version()).isPositive();
    }
}
