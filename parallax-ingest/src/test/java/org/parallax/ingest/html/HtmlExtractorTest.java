package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  static String fixture(String name) {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void keepsArticleParagraphsAndDropsFooter() {
    Page page =
        HtmlExtractor.create().extract(fixture("simple-article.html"), "https://example.com/a");
    assertEquals(2, page.paragraphs().size());
    assertTrue(page.paragraphs().get(0).startsWith("The city council voted"));
    assertTrue(page.paragraphs().stream().noneMatch(p -> p.contains("Copyright")));
    assertEquals("en", page.language());
  }

  @Test
  void emptyInputGivesEmptyPage() {
    Page page = HtmlExtractor.create().extract("", null);
    assertEquals(List.of(), page.paragraphs());
    assertEquals(null, page.title());
  }
}
