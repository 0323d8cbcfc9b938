package org.parallax.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.ingest.html.HtmlExtractor;
import org.parallax.ingest.meta.Content;

class PageCleanerTest {

  private final PageCleaner cleaner =
      new PageCleaner(HtmlExtractor.create(), SourceRegistry.defaults());

  @Test
  void aCaptionFlattenedTwiceIntoOneParagraphIsKeptOnceAsACaption() {
    String caption = "Crowds gather outside the parliament in Seoul. Picture: AFP";
    Content c =
        cleaner.clean(
            "<p>A feed item's first paragraph tells the story of the day in full.</p>"
                + "<p>"
                + caption
                + " "
                + caption
                + "</p><p>The second paragraph adds what the officials said later.</p>",
            null);
    assertEquals(List.of(caption), c.captions());
    assertTrue(c.paragraphs().stream().noneMatch(p -> p.contains("Picture: AFP")), c.toString());
  }

  @Test
  void doubledHalfFindsOnlyExactRepeats() {
    assertEquals(
        "same words here ok", PageCleaner.doubledHalf("same words here ok same words here ok"));
    assertNull(PageCleaner.doubledHalf("same words here ok same words here OK"));
    assertNull(PageCleaner.doubledHalf("short"));
  }
}
