package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HrefsTest {

  private static final String[] HREFS = {
    "https://www.example.com/news/2021/05/04/story.html",
    "http://example.com",
    "https://example.com/a?b=c&d=e%20f",
    "https://example.com/a/../b",
    "https://example.com/./b",
    "https://Example.COM/x",
    "https://example.com:443/x",
    "https://user@example.com/x",
    "https://example.com/x#top",
    "https://example.com/a b",
    " https://example.com/x ",
    "https://ex\u00e4mple.com/x",
    "https://example.com/caf\u00e9",
    "https://example..com/x",
    "https://example.com./x",
    "HTTPS://example.com/x",
    "/relative/path",
    "//example.com/x",
    "?page=2",
    "https:/example.com",
    "https://",
    "https://example.com/x\\y",
  };

  @Test
  void agreesWithJsoupResolution() {
    for (String base : new String[] {"https://base.example.org/dir/page.html", ""}) {
      for (String href : HREFS) {
        Element link =
            Jsoup.parse("<link rel=canonical>", base).selectFirst("link").attr("href", href);
        assertEquals(link.absUrl("href"), Hrefs.absolute(link, "href"), href);
      }
    }
  }

  @Test
  void takesOnlyPlainAddressesAsTheyAre() {
    assertTrue(Hrefs.plainAbsolute("https://www.example.com/news/story.html?id=3"));
    assertTrue(Hrefs.plainAbsolute("http://example.com"));
    assertFalse(Hrefs.plainAbsolute("https://example.com/a/../b"));
    assertFalse(Hrefs.plainAbsolute("https://Example.com/"));
    assertFalse(Hrefs.plainAbsolute("https://example.com/x#top"));
    assertFalse(Hrefs.plainAbsolute("/relative"));
    assertFalse(Hrefs.plainAbsolute("https://"));
  }
}
