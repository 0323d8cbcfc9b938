package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AuthorsTest {

  private static List<String> authors(String fixture) {
    Document doc = Jsoup.parse(HtmlExtractorTest.fixture("authors/" + fixture), "https://x.test/");
    return Authors.of(doc, JsonLd.of(doc), MetaTags.of(doc), null);
  }

  @Test
  void aMetaTagHoldingOnlyALinkGivesWayToTheByline() {
    assertEquals(List.of("gizzmo"), authors("link-meta-then-byline.html"));
  }

  @Test
  void commentAuthorsAreNotTheArticlesAuthors() {
    assertEquals(List.of(), authors("comment-author-only.html"));
  }

  @Test
  void aBylineLosesItsPrefixAndTheDateAfterTheName() {
    assertEquals(List.of("Poppy Reid"), authors("byline-with-date.html"));
  }

  @Test
  void aPrefixIsAWholeWordAndATrailingDashGoes() {
    Document doc =
        Jsoup.parse(
            "<p class=byline>Dieter Sieckmeyer -</p><p class=byline>Byron Kay</p>",
            "https://x.test/");
    assertEquals(
        List.of("Dieter Sieckmeyer"), Authors.of(doc, JsonLd.of(doc), MetaTags.of(doc), null));
  }

  @Test
  void aLinkCountsOnlyInsideABylineNotAfterOne() {
    Document doc =
        Jsoup.parse(
            "<div class=author-tools></div><p><a href=/x>Not A Byline</a></p>"
                + "<div class=Post-AUTHOR><span><a href=/p/jane>Jane Roe</a></span></div>",
            "https://x.test/");
    assertEquals(List.of("Jane Roe"), Authors.of(doc, JsonLd.of(doc), MetaTags.of(doc), null));
  }
}
