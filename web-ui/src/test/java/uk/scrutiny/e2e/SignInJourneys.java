package uk.scrutiny.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.scrutiny.demo.DemoData;

/**
 * A newcomer signs in and reads the seed review, in a real browser against the running application
 * with the demo data: the journeys themselves, which {@link SignInEndToEndTests} runs on the embedded
 * database and {@link WorkspaceMariaDbEndToEndTests} on MariaDB. A subclass starts the application on a
 * random port.
 */
abstract class SignInJourneys {

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
    void a_page_asked_for_before_signing_in_leads_to_the_sign_in_page() {
        browser.open("/reviews");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(browser.currentPath()).startsWith("/login");
    }

    @Test
    void a_wrong_password_is_refused_with_what_to_do() {
        browser.signIn("scrutineer", "not-the-password");
        browser.waitForText(By.cssSelector("vaadin-login-form"), "Check your username and password");
        assertThat(browser.currentPath()).startsWith("/login");
    }

    @Test
    void the_scrutineer_signs_in_and_reads_the_seed_review() {
        browser.signIn("scrutineer", DemoData.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Dashboard");
        browser.screenshot("dashboard");
        browser.waitFor(By.cssSelector("vaadin-side-nav-item[path='reviews']")).click();
        browser.waitForText(By.tagName("h1"), "Reviews");
        browser.waitFor(By.cssSelector("vaadin-grid"));
        browser.screenshot("reviews");
        browser.waitFor(By.linkText("Review 2021/22")).click();
        browser.waitForText(By.tagName("h1"), "Independent scrutiny 2021/22");
        assertThat(browser.waitFor(By.cssSelector(".rag-summary")).getText())
                .isEqualTo("There are 6 areas rated as green and 6 as amber.");
        assertThat(browser.driver.findElements(By.cssSelector(".question"))).hasSize(12);
        assertThat(browser.driver.findElements(By.cssSelector(".question .question-meta .rag-green")))
                .hasSize(6);
        assertThat(browser.driver.findElements(By.cssSelector(".question .question-meta .rag-amber")))
                .hasSize(6);
        assertThat(browser.driver.findElement(By.id("question-2-2")).getText())
                .contains("https://greatermanchesterscb.proceduresonline.com/chapters/p_info_s_haring.html")
                .contains("Update training needs assessment");
        browser.screenshot("review");
    }
}
