package io.escalation.examples.crm;

import static io.escalation.examples.crm.CrmClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The supervisor console in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; nothing is
 * downloaded): the queue shows a raised escalation with its priority and SLA deadlines, the briefing, sheet and
 * plan of the selected one, and taking it over changes its state on the page. Writes
 * {@code target/console.png}. Skipped when Chromium is not installed, except under {@code CI=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:crm_console;DB_CLOSE_DELAY=-1", "crm.table-prefix=crm_console_"})
class ConsoleBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @Value("${local.server.port}")
    int port;

    ChromeDriver driver;
    Path profile;

    @BeforeEach
    void browser() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("chromium and chromium-driver must be installed under CI");
        }
        assumeTrue(installed, "chromium or chromium-driver is not installed; skipped outside CI");
        profile = Files.createTempDirectory("crm-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1100", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void close() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theQueueShowsARaisedEscalationAndTakingItOverChangesItsState() throws IOException {
        CrmClient client = new CrmClient(port);
        String other = client.raise();
        String id = client.raise();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // the page re-renders the queue after each action
        driver.get(client.base() + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));

        By row = By.cssSelector("#queue tbody tr[data-id='" + id + "']");
        WebElement raised = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        assertTrue(driver.findElements(By.cssSelector("#queue tbody tr[data-id='" + other + "']")).size() == 1);
        var before = json(client.get("/api/escalations/" + id, "Accept-Language", "en"));
        assertEquals(before.get("statusLabel").asString(), status(raised).getText());
        assertEquals(before.get("priorityLabel").asString(),
                raised.findElement(By.cssSelector("td[data-field='priority']")).getText());
        assertTrue(raised.getText().contains("mail setup failing"), raised.getText());
        assertFalse(raised.findElements(By.tagName("td")).get(4).getText().isBlank(), "SLA deadlines are shown");

        raised.click();
        wait.until(d -> !d.findElement(By.id("briefing")).getText().isBlank()
                && !d.findElement(By.id("handover")).getText().isBlank()
                && !d.findElement(By.id("plan")).getText().isBlank());
        assertTrue(driver.findElement(By.id("briefing")).getText().contains("mail setup failing"));

        driver.findElement(By.id("take-over")).click();
        String takenOver = wait.until(d -> {
            String text = status(d.findElement(row)).getText();
            return text.equals(before.get("statusLabel").asString()) ? null : text;
        });
        var after = json(client.get("/api/escalations/" + id, "Accept-Language", "en"));
        assertEquals("TAKEN_OVER", after.get("status").asString());
        assertEquals(after.get("statusLabel").asString(), takenOver);
        wait.until(d -> "2".equals(d.findElement(row).findElements(By.tagName("td")).get(6).getText())
                && !d.findElement(By.id("take-over")).isEnabled());
        assertEquals("", driver.findElement(By.id("message")).getText());
        assertEquals("RAISED", json(client.get("/api/escalations/" + other)).get("status").asString());

        Path png = Path.of("target", "console.png");
        Files.createDirectories(png.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(png) > 10_000, "the screenshot has content");
    }

    private static WebElement status(WebElement row) {
        return row.findElement(By.cssSelector("td[data-field='status']"));
    }
}
