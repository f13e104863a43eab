package uk.scrutiny.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages ({@code chromium}, {@code chromium-driver}), driven
 * by Selenium: the browser people use, not a simulation.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    Browser(int port) {
        this.baseUrl = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("scrutiny-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("scrutiny.chromium", "/usr/bin/chromium")));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("scrutiny.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Scrolls the element to the middle of the window and clicks it, as a person would. */
    void click(By by) {
        act(by, element -> {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element));
            element.click();
        });
    }

    /** Types into a field, finding it again if the page was redrawn meanwhile. */
    void type(By by, String text) {
        act(by, element -> element.sendKeys(text));
    }

    /** Finds the element and acts on it, again if the server redrew the page in between. */
    private void act(By by, Consumer<WebElement> action) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    action.accept(waitFor(by));
                    return true;
                });
    }

    /** The file input of a Vaadin upload, for choosing a file as the file dialog would. */
    WebElement fileInput() {
        WebElement upload = waitFor(By.cssSelector("vaadin-upload"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", upload);
        java.util.List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        return light.isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : light.getFirst();
    }

    void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void signIn(String username, String password) {
        open("/login");
        waitFor(By.cssSelector("input[name='username']")).sendKeys(username);
        WebElement passwordField = waitFor(By.cssSelector("input[name='password']"));
        passwordField.sendKeys(password);
        passwordField.sendKeys(Keys.ENTER);
    }

    /**
     * Waits until the page has settled: no request to the server under way and no grid still
     * loading its rows, so that a screenshot shows the page as people see it.
     */
    void settle() {
        String[] busy = {""};
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "the page is still busy: " + busy[0])
                .until(d -> {
                    busy[0] = String.valueOf(driver.executeScript("""
                    const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                    if (clients && Object.values(clients).some(c => c.isActive && c.isActive())) {
                        return 'a request to the server';
                    }
                    const grid = [...document.querySelectorAll('vaadin-grid')].find(g => g.hasAttribute('loading'));
                    if (grid) {
                        return 'a grid loading its rows';
                    }
                    const image = [...document.images].find(i => !i.complete);
                    return image ? 'an image loading: ' + image.alt : '';
                    """));
                    return busy[0].isEmpty();
                });
    }

    /** Saves a PNG of the page under target/screenshots. */
    Path screenshot(String name) {
        settle();
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves a PNG of the whole page, not only what the window shows, up to {@code maxHeight} pixels:
     * the window is made as tall as the page for the moment, then put back.
     */
    Path screenshotWholePage(String name, int maxHeight) {
        settle();
        Dimension before = driver.manage().window().getSize();
        Number needed = (Number) driver.executeScript("""
                const main = document.querySelector('main') || document.body;
                main.scrollIntoView({block: 'start'});
                const top = main.getBoundingClientRect().top;
                return Math.ceil(top + main.scrollHeight + 24 + (window.outerHeight - window.innerHeight));
                """);
        int height = Math.min(maxHeight, Math.max(before.getHeight(), needed.intValue()));
        driver.manage().window().setSize(new Dimension(before.getWidth(), height));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Signs out with the button of the main layout and waits for the sign-in page. */
    void signOut() {
        waitFor(By.xpath("//vaadin-button[normalize-space(.)='Sign out']")).click();
        waitFor(By.cssSelector("vaadin-login-form"));
    }

    /** The paths of the main menu's entries, as the signed-in role sees them. */
    List<String> menu() {
        waitFor(By.cssSelector("vaadin-side-nav-item"));
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getAttribute("path"))
                .toList();
    }

    /** Waits for a notification whose text contains the words, and returns its whole text. */
    String notification(String words) {
        By card = By.cssSelector("vaadin-notification-card");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d ->
                        d.findElements(card).stream().anyMatch(e -> e.getText().contains(words)));
        return driver.findElements(card).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(words))
                .findFirst()
                .orElseThrow();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary profile left behind does no harm.
        }
    }
}
