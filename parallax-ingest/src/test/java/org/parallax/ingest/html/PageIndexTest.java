package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageIndexTest {

  private static final String PAGE =
      "<html lang=en><head><title>T</title><meta name=author content='A B'>"
          + "<meta property=og:title><script type='application/LD+json'>{}</script>"
          + "<link rel=canonical href='https://x.example/a'></head><body><div class=meta>"
          + "<h1>One</h1><time datetime='2021-05-04'>4 May</time><span itemprop=datePublished>"
          + "2021</span></div><h1>Two</h1><script>var a;</script></body></html>";

  @Test
  void selectionsFromTheIndexEqualTheSelectorsOnTheDocument() {
    Document doc = Jsoup.parse(PAGE);
    PageIndex index = PageIndex.of(doc);
    for (String[] q :
        List.of(
            new String[] {"meta", "meta[content]"},
            new String[] {"script", "script[type~=(?i)application/ld\\+json]"},
            new String[] {"script", "script"},
            new String[] {"time", "time[datetime], time[pubdate]"},
            new String[] {"h1", "h1"},
            new String[] {"link", "link[rel=canonical][href]"})) {
      assertEquals(doc.select(q[1]), index.select(q[0], PageIndex.query(q[1])), q[1]);
    }
    assertEquals(
        doc.select("[itemprop=datePublished]"),
        index.selectItemprop(PageIndex.query("[itemprop=datePublished]")));
    assertEquals(doc.getAllElements(), index.all());
    assertEquals(doc.body().getAllElements(), index.bodyElements());
    assertSame(doc.body().selectFirst("h1"), index.firstH1InBody());
    assertSame(doc.selectFirst("html"), index.first("html"));
  }

  @Test
  void theIndexIsBuiltOncePerDocument() {
    Document doc = Jsoup.parse(PAGE);
    assertSame(PageIndex.of(doc), PageIndex.of(doc));
  }
}
