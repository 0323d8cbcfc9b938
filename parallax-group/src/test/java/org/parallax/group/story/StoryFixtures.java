package org.parallax.group.story;

import java.util.List;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Salience;

/**
 * Hand-written articles about two different North Korean missile tests and two different summits:
 * the same entities, different events.
 */
final class StoryFixtures {

  private StoryFixtures() {}

  static Article article(String id, String published, String title, String text, String... ents) {
    return Article.builder()
        .id(id)
        .source("fixture")
        .title(title)
        .published(published)
        .paragraphs(List.of(text))
        .entities(
            java.util.Arrays.stream(ents)
                .map(e -> new Entity(e, e, "X", List.of(), new Salience(1, 0, false)))
                .toList())
        .build();
  }

  /** Three reports of a March 2022 ICBM test, then three of a November 2022 one. */
  static List<Article> missileTests() {
    String[] ne = {"North Korea", "Kim Jong-un", "Japan", "South Korea", "United States"};
    return List.of(
        article(
            "m1a",
            "2022-03-24",
            "North Korea fires intercontinental ballistic missile into sea off Japan",
            "North Korea launched an intercontinental ballistic missile on Thursday that landed in"
                + " waters inside Japan's exclusive economic zone, Tokyo said, in the first full"
                + " ICBM test since 2017. Kim Jong-un oversaw the launch, state media said.",
            ne),
        article(
            "m1b",
            "2022-03-24",
            "Pyongyang tests ICBM, ending self-imposed moratorium",
            "Kim Jong-un's regime fired its largest intercontinental ballistic missile yet, which"
                + " flew for more than an hour before falling into the sea west of Japan. South"
                + " Korea and the United States condemned the test of the ICBM.",
            ne),
        article(
            "m1c",
            "2022-03-25",
            "Kim Jong-un hails new ICBM launch as warning to US",
            "State media showed Kim Jong-un walking beside a giant intercontinental ballistic missile"
                + " before Thursday's launch into the sea off Japan. The United States said it would"
                + " seek new sanctions over the missile test.",
            ne),
        article(
            "m2a",
            "2022-11-18",
            "North Korea fires ICBM that lands near Japan's waters",
            "North Korea fired an intercontinental ballistic missile on Friday that fell into the sea"
                + " inside Japan's exclusive economic zone, Tokyo said. Kim Jong-un watched the launch"
                + " with his daughter, state media reported.",
            ne),
        article(
            "m2b",
            "2022-11-18",
            "Pyongyang launches ICBM as tensions with US rise",
            "Kim Jong-un's government launched an intercontinental ballistic missile that flew for"
                + " about an hour before falling into the sea west of Japan. South Korea and the"
                + " United States condemned the missile test.",
            ne),
        article(
            "m2c",
            "2022-11-19",
            "US seeks UN action after North Korean ICBM test",
            "The United States called for new sanctions after North Korea's intercontinental"
                + " ballistic missile test on Friday landed in the sea off Japan. Kim Jong-un said"
                + " the launch was a warning.",
            ne));
  }
}
