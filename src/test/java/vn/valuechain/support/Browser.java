package vn.valuechain.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with nothing downloaded. Screenshots go to
 * {@code target/screenshots}. .ci/run installs chromium and chromium-driver.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    public Browser(String baseUrl) {
        this(baseUrl, null);
    }

    /** A browser that saves downloads into the given directory without asking (null: Chromium's default). */
    public Browser(String baseUrl, Path downloads) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        if (downloads != null) {
            options.setExperimentalOption(
                    "prefs",
                    java.util.Map.of(
                            "download.default_directory",
                                    downloads.toAbsolutePath().toString(),
                            "download.prompt_for_download", false,
                            "download.directory_upgrade", true));
        }
        try {
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1366,1400",
                    "--lang=vi",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        // Headless Chromium's viewport can be smaller than the window size asked for; set it explicitly.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1400));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Waits until nothing the selector finds is visible. */
    public void hidden(String css) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void type(String name, String text) {
        // a field by its name, or by its id when it has no name (the multiple unit picker's search box)
        WebElement input =
                find(name.matches("[A-Za-z][\\w-]*") ? "[name='" + name + "'], #" + name : "[name='" + name + "']");
        input.clear();
        input.sendKeys(text);
    }

    public void selectText(String name, String visibleText) {
        new org.openqa.selenium.support.ui.Select(find("select[name='" + name + "']")).selectByVisibleText(visibleText);
    }

    public void select(String name, String value) {
        new org.openqa.selenium.support.ui.Select(find("select[name='" + name + "']")).selectByValue(value);
    }

    /** Types into a search-as-you-type picker and clicks the result with that label. */
    public void choose(String name, String typed, String label) {
        type(name, typed);
        String choice = ".picker-choice[data-label='" + label + "']";
        // The picker asks on focus and again after the typing pauses (250 ms): click only once both answered.
        settle(choice);
        pause(400);
        settle(choice);
        click(choice);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".picker-choice")));
    }

    private void settle(String css) {
        wait.until(d -> Boolean.TRUE.equals(
                        driver.executeScript("return document.querySelectorAll('.htmx-request').length === 0"))
                && !d.findElements(By.cssSelector(css)).isEmpty());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void click(String css) {
        // A search-as-you-type list can be replaced by a later answer between finding and clicking: find again.
        for (int attempt = 1; ; attempt++) {
            try {
                clickOnce(css);
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private void clickOnce(String css) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        // Instantly: Bootstrap makes scrolling smooth, and a click during the animation lands on something else.
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            screenshot("click-intercepted");
            throw e;
        }
    }

    /** Submits the page's form and waits until the next page has replaced this one. */
    public void submit() {
        clickAndWaitForNextPage("main form button[type=submit]");
    }

    public void clickAndWaitForNextPage(String css) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(css);
        wait.until(d -> isGone(html));
        find("body");
    }

    /** Runs the script in every page from now on, before the page's own scripts (e.g. a clock the test drives). */
    public void beforeEveryPage(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", script));
    }

    /** The value of a script run in the page ({@code return ...}). */
    public Object script(String script) {
        return driver.executeScript(script);
    }

    /**
     * Whether the page of this element has been replaced. Chromium answers a question about an element of a page
     * that is being replaced either "stale element" or, mid-navigation, "node does not belong to the document";
     * Selenium's {@code stalenessOf} knows only the first.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void signIn(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        clickAndWaitForNextPage("form button[type=submit]");
    }

    public void signOut() {
        click("#userMenu");
        clickAndWaitForNextPage("form[action='/logout'] button");
    }

    /** Waits until a finished download whose name ends with the suffix is in the directory, and returns it. */
    public Path downloaded(Path directory, String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(directory)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The value of a script run in the page, once it is not null (or after the wait's 15 seconds, an error). */
    public Object valueOf(String script) {
        return wait.until(d -> driver.executeScript("return " + script));
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Path file = SHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
