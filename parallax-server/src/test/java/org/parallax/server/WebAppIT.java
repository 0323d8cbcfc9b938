package org.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web app in headless Chromium (Debian's chromium and chromium-driver): the index, search with
 * facets, a story's claims map and quote ledger, XSS payloads that must stay text, and a merge
 * applied with the token. Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppIT {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  private static final Path SHOTS = Paths.get("target", "screenshots");

  @TempDir static Path dir;
  static TestCorpus data;
  static ChromeDriver browser;
  static Waiter wait;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver");
    data = TestCorpus.start(dir);
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
        "--disable-quic",
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    wait = new Waiter(browser, Duration.ofSeconds(20));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (data != null) {
      data.close();
    }
  }

  /** Polls a condition until it holds or the deadline passes (selenium-support is not used). */
  record Waiter(WebDriver driver, Duration limit) {
    void until(Function<WebDriver, Boolean> condition) throws InterruptedException {
      long end = System.nanoTime() + limit.toNanos();
      RuntimeException last = null;
      while (System.nanoTime() < end) {
        try {
          if (Boolean.TRUE.equals(condition.apply(driver))) {
            return;
          }
        } catch (RuntimeException e) {
          last = e;
        }
        Thread.sleep(50);
      }
      throw new AssertionError("the page did not reach the expected state", last);
    }
  }

  private static void open(String hashRoute, String readyPage) throws InterruptedException {
    browser.get(data.server.baseUrl() + "/" + hashRoute);
    waitReady(readyPage);
  }

  private static void waitReady(String page) throws InterruptedException {
    wait.until(
        d ->
            page.equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
  }

  private static void shot(String name) throws Exception {
    File f = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static void assertNoXss() {
    Object flag = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined");
    assertEquals(Boolean.TRUE, flag, "an injected script ran");
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  @Order(1)
  void indexListsStoriesWithCoverageAndBlindspots() throws Exception {
    open("#/", "home");
    List<WebElement> stories = browser.findElements(By.cssSelector("li.story"));
    assertEquals(3, stories.size());
    WebElement korea = browser.findElement(By.cssSelector("li.story[data-story='storykorea']"));
    assertTrue(korea.getText().contains("2 independent voices"), korea.getText());
    assertTrue(korea.getText().contains("only country = AU"), korea.getText());
    assertEquals(4, browser.findElements(By.cssSelector("ul.latest li")).size());
    String budget =
        browser.findElement(By.cssSelector("li.story[data-story='storybudget']")).getText();
    assertFalse(budget.contains("null"), budget);
    shot("01-index");
  }

  @Test
  @Order(2)
  void searchShowsHitsAndFacetsThatFilter() throws Exception {
    open("#/", "home");
    WebElement q = browser.findElement(By.id("quick-q"));
    q.sendKeys("harbour");
    q.submit();
    waitReady("search");
    assertEquals("2 matching articles", text("#result-count"));
    WebElement month = browser.findElement(By.cssSelector(".facet[data-facet='month']"));
    assertTrue(month.getText().contains("2021-06"));
    shot("02-search");
    browser.findElement(By.cssSelector(".facet[data-facet='outlet'] a")).click();
    waitReady("search");
    assertTrue(browser.getCurrentUrl().contains("outlet="));
    assertTrue(text("#result-count").endsWith("matching articles"));
    open("#/search?q=harbour&from=2021-06-02", "search");
    assertEquals("1 matching articles", text("#result-count"));
    assertEquals("2021-06-02", browser.findElement(By.id("search-from")).getAttribute("value"));
  }

  @Test
  @Order(3)
  void storyShowsClaimsMapAndQuoteLedger() throws Exception {
    open("#/", "home");
    browser.findElement(By.linkText("North Korea policy review")).click();
    waitReady("story");
    List<WebElement> claims = browser.findElements(By.cssSelector("#claims-map tr.claim"));
    assertEquals(2, claims.size());
    assertTrue(claims.get(0).getText().startsWith("shared"), claims.get(0).getText());
    assertTrue(claims.get(1).getText().contains("China remains the regime's lifeline"));
    String ledger = text("#quote-ledger");
    assertTrue(ledger.contains("Jen Psaki"), ledger);
    assertTrue(ledger.contains("Our policy will not focus"), ledger);
    assertTrue(text("main").contains("strategic patience"), "vocabulary");
    assertEquals(2, browser.findElements(By.cssSelector(".column")).size(), "side by side");
    shot("03-story");
    browser.findElement(By.linkText("Jen Psaki")).click();
    waitReady("speaker");
    assertTrue(text("#speaker-quotes").contains("Our policy will not focus"));
    shot("04-speaker");
  }

  @Test
  @Order(4)
  void xssPayloadsInArticlesStayText() throws Exception {
    String xssArticle = data.ids.get(2);
    open("#/story/storybudget", "story");
    assertNoXss();
    assertTrue(text("#quote-ledger").contains("<img src=x onerror=window.__xss=6>Mary Ames"));
    assertTrue(text("main").contains("<script>window.__xss=7</script>"));
    shot("05-xss-story");
    open("#/article/" + xssArticle, "article");
    assertNoXss();
    assertTrue(text("h1.title").startsWith("<img src=x onerror=\"window.__xss=1\">"));
    assertEquals(0, browser.findElements(By.cssSelector("main img, main script")).size());
    shot("06-xss-article");
    for (String route :
        List.of(
            "#/search?q=harbour",
            "#/quotes?q=budget",
            "#/speaker/" + enc("Mary Ames"),
            "#/entity/" + enc("Mary Ames"),
            "#/")) {
      String page = route.substring(2).split("[/?]")[0];
      open(route, page.isEmpty() ? "home" : page);
      assertNoXss();
      assertEquals(0, browser.findElements(By.cssSelector("main img, main script")).size(), route);
    }
    assertFalse(browser.getPageSource().contains("javascript:window"), "a javascript: link");
  }

  @Test
  @Order(5)
  void mergeWithTheToken() throws Exception {
    String a = data.ids.get(2);
    String b = data.ids.get(3);
    open("#/correct?articles=" + a + "," + b, "correct");
    browser.findElement(By.id("token")).sendKeys("not-the-token");
    browser.findElement(By.id("note")).sendKeys("both about the harbour");
    browser.findElement(By.id("apply")).click();
    wait.until(d -> d.findElement(By.id("result")).getText().startsWith("Refused"));
    assertTrue(text("#result").contains("401"));
    WebElement token = browser.findElement(By.id("token"));
    token.clear();
    token.sendKeys(data.token);
    browser.findElement(By.id("apply")).click();
    wait.until(d -> d.findElement(By.id("result")).getText().startsWith("Applied"));
    assertTrue(
        text("#result").contains("Applied merge: 1 story changed, 1 removed."), text("#result"));
    shot("07-merge");
    open("#/", "home");
    assertEquals(2, browser.findElements(By.cssSelector("li.story")).size());
    shot("08-index-after-merge");
  }
}
