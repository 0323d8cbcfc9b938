package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = HtmlExtractor.create();

  static String fixture(String name) {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void keepsArticleParagraphsAndDropsFooter() {
    Page page = extractor.extract(fixture("simple-article.html"), "https://example.com/a");
    assertEquals(2, page.paragraphs().size());
    assertTrue(page.paragraphs().get(0).startsWith("The city council voted"));
    assertTrue(page.paragraphs().stream().noneMatch(p -> p.contains("Copyright")));
    assertEquals("en", page.language());
    assertEquals("Council approves new bridge", page.title());
  }

  @Test
  void wireStoryBodyIsCleanAndComplete() {
    Page page = extractor.extract(fixture("wire-story.html"), "https://daily.example.com/x");
    assertEquals(
        List.of(
            "LISBON, Portugal (AP) — Hundreds of schools were closed on Tuesday after rivers burst"
                + " their banks following a week of heavy rain, officials said.",
            "The civil protection agency said about 12,000 pupils were affected, and that most"
                + " schools should reopen by the end of the week if the weather improves as"
                + " forecast.",
            "Several roads were cut off, and trains between the two largest cities were suspended"
                + " for most of the day, the rail operator said in a statement.",
            "“We have never seen the river this high in May,” said Maria Silva, who has lived in"
                + " the town for forty years."),
        page.paragraphs());
    assertEquals(List.of("Roads and railways"), page.headings());
    assertEquals(List.of("A flooded street in the old town on Monday."), page.captions());
  }

  @Test
  void wireStoryMetadata() {
    Page page = extractor.extract(fixture("wire-story.html"), "https://daily.example.com/x");
    assertEquals("Floods close schools across the region", page.title());
    assertEquals(
        "Hundreds of schools shut as rivers burst their banks after a week of rain.",
        page.subtitle());
    assertEquals(List.of("Jane Doe", "Omar Khan"), page.authors());
    assertEquals("2021-05-04T08:30:00+01:00", page.published());
    assertEquals(
        "https://daily.example.com/world/2021/05/04/floods-close-schools", page.canonicalUrl());
    assertEquals("The Daily Example", page.siteName());
    assertEquals("en-GB", page.language());
    assertEquals("World", page.section());
    assertEquals("Associated Press", page.syndicatedFrom());
  }

  @Test
  void blogPostWithBreaksAndProseDate() {
    Page page = extractor.extract(fixture("blog-post.html"), "https://blog.example.org/p?id=7");
    assertEquals(3, page.paragraphs().size(), page.paragraphs().toString());
    assertTrue(page.paragraphs().get(0).startsWith("Spring has finally arrived"));
    assertEquals("Notes from the allotment", page.title());
    assertEquals(List.of("Sam Green"), page.authors());
    assertEquals("2019-03-14", page.published());
    assertNull(page.syndicatedFrom());
    assertEquals("https://blog.example.org/p?id=7", page.canonicalUrl());
  }

  @Test
  void dateFromUrlPathWhenPageHasNone() {
    String html =
        "<html><body><article><p>"
            + "A plain paragraph of text without dates. ".repeat(8)
            + "</p></article></body></html>";
    Page page = extractor.extract(html, "https://news.example.com/2020/11/03/some-story/");
    assertEquals("2020-11-03", page.published());
  }

  @Test
  void emptyAndGarbageInputGiveEmptyPages() {
    Page empty = extractor.extract("", null);
    assertEquals(List.of(), empty.paragraphs());
    assertNull(empty.title());
    Page garbage = extractor.extract("\u0000\u0001<<<>>>&&&;;<p<p<p", null);
    assertTrue(garbage.paragraphs().size() <= 1);
    assertNull(garbage.published());
  }

  @Test
  void textIsNfcAndWhitespaceNormalised() {
    String html =
        "<html><body><article><p>Cafe\u0301   au\u00a0lait,\n\t served "
            + "hot every morning to the early customers of the little shop.</p></article></body></html>";
    Page page = extractor.extract(html, null);
    assertEquals(
        "Caf\u00e9 au lait, served hot every morning to the early customers of the little shop.",
        page.paragraphs().get(0));
  }

  @Test
  void survivesAPageNested100000LevelsDeep() {
    int depth = 100_000;
    StringBuilder sb = new StringBuilder(depth * 12);
    sb.append("<html><body>");
    sb.append("<div>".repeat(depth));
    sb.append("<p>The deep paragraph is still found, even under a hundred thousand divs.</p>");
    sb.append("</div>".repeat(depth));
    sb.append("</body></html>");
    Page page = extractor.extract(sb.toString(), null);
    assertTrue(
        page.paragraphs().stream().anyMatch(p -> p.contains("deep paragraph is still found")),
        page.paragraphs().toString());
  }

  @Test
  void handlesAThirtyMegabytePage() {
    String para =
        "<p>This is sentence number %d of a very long page, with commas, words and more"
            + " words to make it look like prose.</p>\n";
    StringBuilder sb = new StringBuilder(31 * 1024 * 1024);
    sb.append("<html><body><article>");
    for (int i = 0; sb.length() < 30 * 1024 * 1024; i++) {
      sb.append(String.format(java.util.Locale.ROOT, para, i));
    }
    sb.append("</article></body></html>");
    Page page = extractor.extract(sb.toString(), null);
    assertFalse(page.paragraphs().isEmpty());
    assertTrue(page.paragraphs().get(0).startsWith("This is sentence number 0 "));
    assertTrue(page.paragraphs().size() > 100_000);
  }
}
