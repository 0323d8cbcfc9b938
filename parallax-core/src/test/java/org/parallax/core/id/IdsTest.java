package org.parallax.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void sameArticleUnderUrlVariantsGetsOneId() {
    String id = Ids.articleId("https://www.example.com/news/story-1/", "x");
    assertEquals(id, Ids.articleId("http://example.com/news/story-1", "y"));
    assertEquals(id, Ids.articleId("https://EXAMPLE.com/news/story-1?utm_source=tw#top", null));
    assertNotEquals(id, Ids.articleId("https://example.com/news/story-2", "x"));
    assertTrue(id.matches("[0-9a-f]{16}"), id);
  }

  @Test
  void withoutUrlTheTextDecidesIgnoringWhitespaceAndCase() {
    String a = Ids.articleId(null, "Hello   world.\n\nSecond paragraph.");
    assertEquals(a, Ids.articleId("", "hello world. second paragraph."));
    assertNotEquals(a, Ids.articleId(null, "Hello world. Other paragraph."));
  }

  @Test
  void normaliseKeepsMeaningfulQueryParameters() {
    assertEquals(
        "https://example.com/a?id=3",
        Urls.normalise("https://www.example.com/a/?utm_medium=x&id=3"));
    assertEquals("not a url", Urls.normalise("  not a url "));
  }
}
