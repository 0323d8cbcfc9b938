package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Article;
import org.parallax.store.query.ArticleHit;
import org.parallax.store.query.Facet;
import org.parallax.store.query.FacetCount;
import org.parallax.store.query.Filters;
import org.parallax.store.query.QuoteHit;
import org.parallax.store.query.QuoteQuery;
import org.parallax.store.query.SearchRequest;
import org.parallax.store.query.SearchResult;
import org.parallax.store.query.Sort;

class CorpusTest {

  @TempDir Path dir;
  Corpus corpus;

  static final Article AP =
      TestArticles.article(
          "a1",
          "apnews.com",
          "2021-05-01T10:00:00Z",
          "Sanctions on North Korea stay in place",
          "The United States said sanctions against North Korea would remain. Officials reviewed"
              + " the policy for months.",
          List.of("North Korea", "United States"),
          List.<String[]>of(
              new String[] {"Jen Psaki", "our policy will not focus on grand bargains"}));
  static final Article WSJ =
      TestArticles.article(
          "a2",
          "www.wsj.com",
          "2021-05-03",
          "Biden's Korea review",
          "The review of policy toward Pyongyang ended with a calibrated approach. North Korea"
              + " responded with threats.",
          List.of("North Korea", "Joe Biden"),
          List.<String[]>of(
              new String[] {"Jen Psaki", "a calibrated practical approach"},
              new String[] {"Joe Biden", "we will respond through deterrence"}));
  static final Article RT =
      TestArticles.article(
          "a3",
          "rt.com",
          "2021-06-20",
          "Moscow comments on the weather",
          "Rain fell over Moscow for a week, forecasters said.",
          List.of("Moscow"),
          List.of());

  @BeforeEach
  void open() throws IOException {
    corpus = Corpus.open(dir);
    corpus.add(List.of(AP, WSJ, RT));
  }

  @AfterEach
  void close() throws IOException {
    corpus.close();
  }

  @Test
  void storesAndReturnsArticlesByIdAsTheyWere() {
    assertEquals(WSJ, corpus.article("a2").orElseThrow());
    assertTrue(corpus.article("missing").isEmpty());
    assertEquals(3, corpus.articleCount());
  }

  @Test
  void addingTheSameArticlesAgainChangesNothing() {
    AddResult again = corpus.add(List.of(AP, WSJ, RT));
    assertEquals(new AddResult(0, 0, 3, List.of()), again);
    assertEquals(3, corpus.articleCount());
    assertEquals(3, corpus.quotes(QuoteQuery.byWords("")).total());
  }

  @Test
  void aChangedArticleReplacesTheOldOneAndItsQuotes() {
    Article changed = AP.toBuilder().title("New title").quotes(List.of()).build();
    AddResult r = corpus.add(List.of(changed));
    assertEquals(1, r.updated());
    assertEquals("New title", corpus.article("a1").orElseThrow().title());
    assertEquals(3, corpus.articleCount());
    assertEquals(2, corpus.quotes(QuoteQuery.byWords("")).total());
  }

  @Test
  void searchStemsWordsAndMatchesPhrases() {
    SearchResult r = corpus.search(SearchRequest.of("sanction"));
    assertEquals(List.of("a1"), ids(r));
    assertEquals(
        List.of("a1", "a2"), sortedIds(corpus.search(SearchRequest.of("\"north korea\""))));
    assertEquals(0, corpus.search(SearchRequest.of("\"korea north\"")).total());
    assertEquals(List.of("a2"), ids(corpus.search(SearchRequest.of("pyongyang calibrated"))));
    assertTrue(r.hits().items().get(0).snippet().toLowerCase().contains("sanctions"));
  }

  @Test
  void filtersByRegistryAttributesEntitiesAndDates() {
    assertEquals(
        List.of("a1"),
        ids(
            corpus.search(
                SearchRequest.of("").withFilters(Filters.none().and(Facet.KIND, "wire")))));
    assertEquals(
        List.of("a2"),
        ids(
            corpus.search(
                SearchRequest.of("korea")
                    .withFilters(Filters.none().and(Facet.OUTLET, "The Wall Street Journal")))));
    assertEquals(
        List.of("a2", "a1"),
        ids(
            corpus.search(
                SearchRequest.of("")
                    .withFilters(Filters.none().and(Facet.ENTITY, "North Korea"))
                    .sorted(Sort.NEWEST))));
    Filters may = Filters.none().between(LocalDate.of(2021, 5, 2), LocalDate.of(2021, 5, 31));
    assertEquals(List.of("a2"), ids(corpus.search(SearchRequest.of("").withFilters(may))));
    assertEquals(
        List.of("a3"),
        ids(
            corpus.search(
                SearchRequest.of("").withFilters(Filters.none().and(Facet.COUNTRY, "RU")))));
  }

  @Test
  void countsFacetsOverAllMatches() {
    SearchResult r =
        corpus.search(
            SearchRequest.of("")
                .withFacets(Facet.OUTLET, Facet.ENTITY, Facet.SPEAKER, Facet.MONTH));
    assertEquals(3, r.total());
    assertTrue(r.facets().get(Facet.ENTITY).contains(new FacetCount("North Korea", 2)));
    assertTrue(r.facets().get(Facet.SPEAKER).contains(new FacetCount("Jen Psaki", 2)));
    assertEquals(
        Map.of("2021-05", 2L, "2021-06", 1L),
        Map.ofEntries(
            r.facets().get(Facet.MONTH).stream()
                .map(c -> Map.entry(c.value(), c.count()))
                .toArray(Map.Entry[]::new)));
    assertEquals(3, r.facets().get(Facet.OUTLET).size());
    SearchResult korea = corpus.search(SearchRequest.of("korea").withFacets(Facet.KIND));
    assertEquals(
        List.of(new FacetCount("commercial", 1), new FacetCount("wire", 1)),
        korea.facets().get(Facet.KIND).stream()
            .sorted(java.util.Comparator.comparing(FacetCount::value))
            .toList());
  }

  @Test
  void findsQuotesBySpeakerAndByWords() {
    List<QuoteHit> psaki = corpus.quotes(QuoteQuery.bySpeaker("Jen Psaki")).items();
    assertEquals(2, psaki.size());
    assertEquals("a2", psaki.get(0).articleId(), "newest first");
    List<QuoteHit> deterrence = corpus.quotes(QuoteQuery.byWords("deterrence")).items();
    assertEquals(1, deterrence.size());
    assertEquals("Joe Biden", deterrence.get(0).quote().speaker().id());
    assertEquals(
        deterrence.get(0).quote().text(),
        corpus
            .article("a2")
            .orElseThrow()
            .text()
            .substring(
                deterrence.get(0).quote().span().start(), deterrence.get(0).quote().span().end()));
  }

  @Test
  void pagesThroughArticlesNewestFirst() {
    var first = corpus.articles(Filters.none(), 0, 2);
    var second = corpus.articles(Filters.none(), 2, 2);
    assertEquals(3, first.total());
    assertTrue(first.hasMore());
    assertEquals(List.of("a3", "a2"), first.items().stream().map(ArticleHit::id).toList());
    assertEquals(List.of("a1"), second.items().stream().map(ArticleHit::id).toList());
    assertFalse(second.hasMore());
  }

  @Test
  void keepsStoredRecordsByKindAndReference() {
    record Story(String id, List<String> articles) {}
    corpus.put(StoredKind.STORY, "s1", new Story("s1", List.of("a1", "a2")), List.of("a1", "a2"));
    corpus.put(StoredKind.STORY, "s2", new Story("s2", List.of("a3")), List.of("a3"));
    assertEquals(
        new Story("s2", List.of("a3")), corpus.get(StoredKind.STORY, "s2", Story.class).get());
    assertTrue(corpus.get(StoredKind.FAMILY, "s2", Story.class).isEmpty());
    assertEquals(2, corpus.list(StoredKind.STORY, null, Story.class, 0, 10).total());
    assertEquals(
        List.of(new Story("s1", List.of("a1", "a2"))),
        corpus.list(StoredKind.STORY, "a2", Story.class, 0, 10).items());
    corpus.delete(StoredKind.STORY, "s1");
    assertEquals(1, corpus.list(StoredKind.STORY, null, Story.class, 0, 10).total());
    assertEquals(3, corpus.articleCount());
  }

  @Test
  void aSecondWriterIsRefusedButReadersSeeCommits() throws Exception {
    assertThrows(IOException.class, () -> Corpus.open(dir));
    try (Corpus reader = Corpus.open(dir, CorpusConfig.defaults().asReadOnly())) {
      assertEquals(3, reader.articleCount());
      corpus.add(List.of(AP.toBuilder().id("a4").build()));
      reader.refresh();
      assertEquals(4, reader.articleCount());
      corpus.add(List.of(AP.toBuilder().id("a5").build()));
      Thread.sleep(1100); // a read-only corpus looks for new commits at most once a second
      assertEquals(5, reader.articleCount(), "picked up without refresh()");
      assertThrows(IllegalStateException.class, () -> reader.add(List.of(AP)));
    }
  }

  @Test
  void recordsTheCheckpointInTheCommit() throws IOException {
    corpus.add(List.of(), Map.of("input.line", "42"));
    corpus.close();
    corpus = Corpus.open(dir);
    assertEquals("42", corpus.checkpoint().get("input.line"));
    assertEquals(3, corpus.articleCount());
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().items().stream().map(ArticleHit::id).toList();
  }

  private static List<String> sortedIds(SearchResult r) {
    return ids(r).stream().sorted().toList();
  }
}
