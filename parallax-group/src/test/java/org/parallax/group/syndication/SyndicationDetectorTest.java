package org.parallax.group.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.model.Article;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.PairEvidence;
import org.parallax.core.story.SyndicationFamily;
import org.parallax.group.story.Seeds;

class SyndicationDetectorTest {

  private static final List<String> WIRE_STORY =
      List.of(
          "SEOUL (AP) — North Korea fired a ballistic missile into the sea off its eastern coast on"
              + " Thursday, South Korea's military said, the latest in a string of weapons tests this"
              + " year that have raised tensions on the Korean Peninsula.",
          "The Joint Chiefs of Staff in Seoul said the missile was launched from an area near"
              + " Pyongyang in the morning and flew about 600 kilometres before landing in waters"
              + " outside Japan's exclusive economic zone.",
          "Japan's defence ministry confirmed the launch and said there were no reports of damage"
              + " to ships or aircraft. Prime Minister Fumio Kishida called the test an outrageous"
              + " act that threatens peace and stability in the region.",
          "The United States condemned the launch and urged Pyongyang to refrain from further"
              + " destabilising acts, while reaffirming its commitment to the defence of South Korea"
              + " and Japan, a State Department spokesperson said.",
          "Analysts said the test may have involved a new solid-fuel missile that is easier to hide"
              + " and faster to launch than older liquid-fuel designs, making it harder for"
              + " opponents to detect preparations in advance.",
          "North Korea has not held nuclear talks with Washington since a summit between its leader"
              + " Kim Jong Un and then President Donald Trump collapsed in 2019 over disagreements"
              + " about sanctions relief.");

  private static Article article(String id, String domain, String published, List<String> paras) {
    return Article.builder()
        .id(id)
        .source("test")
        .url("https://" + domain + "/" + id)
        .domain(domain)
        .published(published)
        .title("Headline " + id)
        .paragraphs(paras)
        .build();
  }

  @Test
  void halfCopyIsCaughtByContainmentWithItsSharedPassage() {
    Article full = article("full", "apnews.com", "2023-04-13T01:00:00Z", WIRE_STORY);
    Article half =
        article("half", "example-daily.com", "2023-04-13T03:00:00Z", WIRE_STORY.subList(0, 3));
    Article other =
        article(
            "other",
            "example-daily.com",
            "2023-04-13T05:00:00Z",
            List.of(
                "The city council voted on Tuesday to extend the opening hours of public libraries"
                    + " and to fund a new bus line to the university campus next spring."));
    List<SyndicationDetector.Link> links =
        SyndicationDetector.defaults().links(List.of(full, half, other));
    assertEquals(1, links.size(), "only the half copy is linked: " + links);
    PairEvidence ev = links.get(0).evidence();
    assertTrue(ev.containment() > 0.95, "containment " + ev.containment());
    assertTrue(ev.resemblance() < 0.65, "resemblance " + ev.resemblance());
    assertNotNull(ev.passage());
    assertTrue(ev.passage().text().startsWith("SEOUL (AP)"), ev.passage().text());
    assertEquals(ev.passage().text(), ev.otherPassage().text());
  }

  @Test
  void wireIsTheOriginalEvenWhenAReprintCameFirstAndEditsDoNotHide() {
    List<String> edited = new ArrayList<>(WIRE_STORY);
    edited.add(2, "Local residents in our county told this newspaper they were watching closely.");
    edited.remove(edited.size() - 1);
    Article reprint = article("reprint", "example-daily.com", "2023-04-13T00:30:00Z", edited);
    Article wire = article("wire", "apnews.com", "2023-04-13T01:00:00Z", WIRE_STORY);
    Article copy = article("copy", "other-news.net", "2023-04-13T02:00:00Z", WIRE_STORY);
    List<SyndicationFamily> families =
        SyndicationDetector.defaults().families(List.of(reprint, wire, copy));
    assertEquals(1, families.size());
    SyndicationFamily f = families.get(0);
    assertEquals("wire", f.original());
    assertEquals("wire", f.originalReason());
    assertEquals(List.of("wire", "reprint", "copy"), f.members());
    assertEquals("Associated Press", f.outlets().get(0));
    assertEquals(2, f.evidence().size());
  }

  @Test
  void creditedOutletIsTheOriginalAmongNonWires() {
    Article column = article("column", "wsj.com", "2021-05-10", WIRE_STORY.subList(1, 6));
    Article republished =
        Article.builder()
            .id("republished")
            .source("test")
            .domain("theaustralian.com.au")
            .syndicatedFrom("The Wall Street Journal")
            .published("2021-05-09")
            .paragraphs(WIRE_STORY.subList(1, 6))
            .build();
    SyndicationFamily f =
        new SyndicationDetector(SyndicationConfig.defaults(), SourceRegistry.defaults())
            .families(List.of(republished, column))
            .get(0);
    assertEquals("column", f.original());
    assertEquals("credit", f.originalReason());
  }

  @Test
  void aSiteTemplateSharedByManyArticlesDoesNotMakeThemCopies() {
    String template =
        "Home News Sport Business Weather Obituaries. Subscribe to the Riverside Gazette from one"
            + " dollar a week and follow us on Facebook and Twitter for breaking news alerts. All"
            + " rights reserved by Riverside Gazette Media.";
    java.util.Random rnd = new java.util.Random(3);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder own = new StringBuilder();
      for (int w = 0; w < 20; w++) {
        own.append("word").append(rnd.nextInt(100_000)).append(' ');
      }
      articles.add(article("a" + i, "gazette.example", null, List.of(own.toString(), template)));
    }
    assertTrue(SyndicationDetector.defaults().families(articles).isEmpty());
    assertFalse(
        SyndicationDetector.defaults().families(articles.subList(0, 40)).isEmpty(),
        "in a batch too small to tell a template from a copy, the template links them");
  }

  @Test
  void theTwoSeedsShareNoText() {
    assertTrue(SyndicationDetector.defaults().families(Seeds.articles()).isEmpty());
  }
}
