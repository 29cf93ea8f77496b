package org.followthrough.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * A real headless Chromium, the one installed on the machine (Debian's {@code chromium} and {@code chromium-driver};
 * {@code .ci/run} installs them), driven through chromedriver. Nothing is downloaded. Screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = env("FOLLOWTHROUGH_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = env("FOLLOWTHROUGH_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    public Browser(int port, int width, int height) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and chromedriver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does this).");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=en-GB", "--accept-lang=en-GB,en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        this.base = "http://localhost:" + port;
    }

    /** Signs up a new candidate, Ada Lovelace (a fresh address), in Berlin and Bavaria, through the sign-up form. */
    public Browser signUpAsAda() {
        return open("/signup")
                .type("#displayName", "Ada Lovelace")
                .type("#email", "ada-" + UUID.randomUUID() + "@example.com")
                .type("#password", "a long enough password")
                .type("#timeZone", "Europe/Berlin")
                .choose("#region", "DE-BY")
                .go("main button[type=submit]");
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a date, time or datetime-local field the way a person's picker would, whatever the browser's locale. */
    public Browser setValue(String css, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", find(css), value);
        return this;
    }

    public Browser choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
        return this;
    }

    /**
     * Clicks; when the element submits a form or follows a link, also waits until the next page has replaced this one.
     * Without that wait, reading the page right after a click raced the server's answer and read the old page, or an
     * element of it that had just gone.
     */
    public Browser click(String css) {
        WebElement element = find(css);
        WebElement page = navigates(element) ? driver.findElement(By.tagName("html")) : null;
        element.click();
        if (page != null) {
            awaitNextPage(page);
        }
        return this;
    }

    /** Clicks a link or a submit button and waits until the next page has replaced this one. */
    public Browser go(String css) {
        return go(find(css));
    }

    public Browser go(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        awaitNextPage(page);
        return this;
    }

    /**
     * Waits until {@code page} (the old page's root) has gone and the new page has loaded. Chromedriver reports a gone
     * element either as stale or, caught mid-navigation, as an inspector error that its node "does not belong to the
     * document"; both mean the old page has been replaced.
     */
    private void awaitNextPage(WebElement page) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ignored -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        wait.until(loaded -> "complete".equals(((JavascriptExecutor) loaded).executeScript("return document.readyState")));
    }

    private static boolean navigates(WebElement element) {
        String tag = element.getTagName();
        String type = element.getDomAttribute("type");
        return tag.equals("a") || tag.equals("button") && (type == null || type.equals("submit"))
                || tag.equals("input") && "submit".equals(type);
    }

    public String text() {
        return find("body").getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public Path screenshot(String name) {
        try {
            Path directory = Path.of("target", "screenshots");
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
