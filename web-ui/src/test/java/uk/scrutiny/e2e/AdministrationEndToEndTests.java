package uk.scrutiny.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.scrutiny.application.demo.DemoData;

/** The manager finds the administration in the menu; a business unit officer neither sees it nor reaches it by address. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(OutputCaptureExtension.class)
class AdministrationEndToEndTests {

    private static final List<String> ADMIN_ENTRIES = List.of("Users", "Agencies", "Meeting bodies", "Indicators",
            "Frameworks", "History");

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

    private List<String> menu() {
        browser.waitForText(By.tagName("h1"), "Reviews");
        browser.waitFor(By.cssSelector("vaadin-side-nav-item"));
        return browser.driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    @Test
    void the_manager_sees_the_administration_and_opens_the_users() {
        browser.signIn("manager", DemoData.DEMO_PASSWORD);

        assertThat(menu()).containsAll(ADMIN_ENTRIES);

        browser.driver.findElement(By.cssSelector("vaadin-side-nav-item[path='admin/users']")).click();
        browser.waitForText(By.tagName("h1"), "Users");
        assertThat(browser.waitFor(By.cssSelector("vaadin-grid")).getText()).contains("police.data");
    }

    @Test
    void a_business_unit_officer_neither_sees_the_administration_nor_reaches_it_by_address(CapturedOutput output) {
        browser.signIn("officer", DemoData.DEMO_PASSWORD);

        assertThat(menu()).doesNotContainAnyElementsOf(ADMIN_ENTRIES);

        browser.open("/admin/users");
        browser.waitForText(By.tagName("body"), "Could not navigate to 'admin/users'");
        assertThat(browser.driver.findElements(By.cssSelector("vaadin-grid"))).isEmpty();
        assertThat(output).contains("Refused: officer asked for page admin/users");
    }
}
