package org.parallax.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Renders the report in headless Chromium (Debian's {@code chromium} and {@code chromedriver}):
 * screenshots of the index and a story page at desktop and phone widths go to {@code
 * target/screenshots/}, and no script from article content may run. Skipped where Chromium is not
 * installed.
 */
class ReportBrowserTest {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "screenshots");

  static Path dir;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM), "no chromium");
    dir = Files.createDirectories(Path.of("target", "report-browser")).toAbsolutePath();
    ReportFixture.write(dir);
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void open(String page) {
    driver.get(dir.resolve(page).toUri().toString());
  }

  @Test
  void noScriptFromArticleContentRuns() {
    for (String page :
        new String[] {"article-h1.html", "article-h2.html", "story-hostile.html", "index.html"}) {
      open(page);
      String title = driver.getTitle();
      assertNotEquals("pwned", title, page);
      assertNotEquals("pwned-img", title, page);
      Object flag = ((JavascriptExecutor) driver).executeScript("return typeof window.pwned;");
      assertEquals("undefined", flag, page);
      assertEquals(0, driver.findElements(By.tagName("img")).size(), page);
    }
    open("article-h1.html");
    assertTrue(
        driver.findElement(By.tagName("main")).getText().contains("<script>document.title="),
        "the payload is shown as text");
  }

  @Test
  void screenshotsAtDesktopAndPhoneWidths() throws IOException {
    shoot("index.html", "index", 1280);
    shoot("index.html", "index", 390);
    shoot("story-seeds.html", "story", 1280);
    shoot("story-seeds.html", "story", 390);
    shoot("article-" + TestIds.firstSeed() + ".html", "article", 1280);
    try (var s = Files.list(SHOTS)) {
      assertEquals(5, s.filter(p -> p.toString().endsWith(".png")).count());
    }
  }

  private static void shoot(String page, String name, int width) throws IOException {
    driver.manage().window().setSize(new Dimension(width, 900));
    open(page);
    Number h =
        (Number)
            ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(width, Math.min(8000, h.intValue() + 20)));
    Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
    Path target = SHOTS.resolve(name + "-" + width + ".png");
    Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(target) > 5_000, target + " is too small to show a page");
  }
}
