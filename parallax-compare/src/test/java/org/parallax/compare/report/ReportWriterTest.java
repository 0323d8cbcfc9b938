package org.parallax.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void write() throws IOException {
    index = ReportFixture.write(dir);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void writesAnIndexAPagePerStoryAndAPagePerArticle() throws IOException {
    assertEquals(dir.resolve("index.html"), index);
    List<String> names = pages().stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.contains("story-seeds.html"));
    assertTrue(names.contains("story-hostile.html"));
    assertTrue(names.contains("article-h1.html"));
    assertEquals(1 + 2 + 4, names.size(), names.toString());
  }

  @Test
  void everyPageHasARestrictiveCspAndNoScriptOrRemoteResource() throws IOException {
    for (Path p : pages()) {
      String html = Files.readString(p, StandardCharsets.UTF_8);
      String lower = html.toLowerCase(Locale.ROOT);
      assertTrue(html.contains("http-equiv=\"Content-Security-Policy\""), p.toString());
      assertTrue(html.contains("default-src &#39;none&#39;"), p.toString());
      assertFalse(lower.contains("<script"), p + " has a script element");
      assertFalse(lower.contains("<img"), p + " has an img element");
      assertFalse(lower.matches("(?s).*\\s(src|href)=\"(https?:)?//.*"), p + " links out");
      assertFalse(
          lower.replaceAll("\"[^\"]*\"", "\"\"").matches("(?s).*<[a-z][^>]*\\son[a-z]+\\s*=.*"),
          p + " has an event handler");
    }
  }

  @Test
  void articleTextIsEscapedNotDropped() throws IOException {
    String article = Files.readString(dir.resolve("article-h1.html"), StandardCharsets.UTF_8);
    assertTrue(article.contains("&lt;script&gt;document.title=&#39;pwned&#39;"));
    assertTrue(article.contains("onerror=&quot;document.title"));
    String story = Files.readString(dir.resolve("story-hostile.html"), StandardCharsets.UTF_8);
    assertTrue(story.contains("Evil &lt;b&gt;Daily&lt;/b&gt;"), "the outlet name is escaped");
  }

  @Test
  void storyPageShowsTheQuoteLedgerAndSharedClaim() throws IOException {
    String story = Files.readString(dir.resolve("story-hostile.html"), StandardCharsets.UTF_8);
    assertTrue(story.contains("Quote ledger"));
    assertTrue(story.contains("badge shared"), "the two hostile copies share their first claim");
    String seeds = Files.readString(dir.resolve("story-seeds.html"), StandardCharsets.UTF_8);
    assertTrue(seeds.contains("Jen Psaki"));
    assertTrue(seeds.contains("<svg"));
  }
}
