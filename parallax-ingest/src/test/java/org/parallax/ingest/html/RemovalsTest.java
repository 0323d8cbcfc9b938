package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RemovalsTest {

  private static final String PAGE =
      "<html><body><header>Site</header><nav><a href=/>Home</a></nav>"
          + "<div class=share>Share this</div>text before<div id=main><p>First paragraph of the"
          + " story.</p><aside class=related>Related</aside><p>Second one.</p></div>"
          + "<footer>Contact us</footer>tail text<div style='display:none'>hidden</div></body></html>";

  @Test
  void puttingBackRestoresTheParsedDocument() {
    Document doc = Jsoup.parse(PAGE);
    String before = doc.outerHtml();
    Removals removals = new Removals();
    ContentExtractor.extract(doc, true, null, removals);
    assertNotEquals(before, doc.outerHtml());
    removals.putBack();
    assertEquals(before, doc.outerHtml());
    assertEquals(Jsoup.parse(PAGE).outerHtml(), doc.outerHtml());
  }

  @Test
  void aLooseReadOfARestoredDocumentEqualsOneOfAFreshParse() {
    Document doc = Jsoup.parse(PAGE);
    Removals removals = new Removals();
    ContentExtractor.extract(doc, true, null, removals);
    removals.putBack();
    assertEquals(
        ContentExtractor.extract(Jsoup.parse(PAGE), false, null, new Removals()).toString(),
        ContentExtractor.extract(doc, false, null, removals).toString());
  }
}
