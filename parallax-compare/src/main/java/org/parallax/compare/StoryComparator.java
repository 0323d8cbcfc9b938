package org.parallax.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.compare.claims.AlignmentWeights;
import org.parallax.compare.claims.ClaimsBuilder;
import org.parallax.compare.coverage.CoverageBuilder;
import org.parallax.compare.coverage.Outlets;
import org.parallax.compare.entities.EntityTable;
import org.parallax.compare.quotes.QuoteLedgerBuilder;
import org.parallax.compare.story.Member;
import org.parallax.compare.vocab.LogOddsVocabulary;
import org.parallax.core.compare.ComparedArticle;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.OutletInfo;
import org.parallax.core.embed.Embedder;
import org.parallax.core.model.Article;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Problem;
import org.parallax.core.registry.Outlet;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;

/**
 * Compares how the outlets of one story tell it: coverage by independent voice, the claims map, the
 * quote ledger, distinctive vocabulary and entities. Thread-safe once built.
 *
 * <pre>{@code
 * Corpus corpus = new Corpus(new Outlets(registry));
 * articles.forEach(corpus::add);
 * StoryComparator comparator = new StoryComparator(embedder, corpus, new Outlets(registry));
 * Outcome<Comparison> c = comparator.compare(story, storyArticles, families);
 * }</pre>
 *
 * <p>When the corpus is just the articles at hand, {@link #over(Embedder, SourceRegistry,
 * Collection)} builds the same in one call, and {@link #oneStory(String, String, List)} makes a
 * story of articles that no grouping has put together.
 */
public final class StoryComparator {

  /** Distinctive terms kept per outlet. */
  public static final int VOCABULARY_TOP = 30;

  private final Outlets outlets;
  private final CoverageBuilder coverage;
  private final ClaimsBuilder claims;
  private final QuoteLedgerBuilder quotes = new QuoteLedgerBuilder();
  private final LogOddsVocabulary vocabulary;
  private final EntityTable entities = new EntityTable();

  /** A comparator with the default alignment weights. */
  public StoryComparator(Embedder embedder, Corpus corpus, Outlets outlets) {
    this(embedder, corpus, outlets, AlignmentWeights.defaults());
  }

  /** A comparator with the given alignment weights. */
  public StoryComparator(
      Embedder embedder, Corpus corpus, Outlets outlets, AlignmentWeights weights) {
    this.outlets = Objects.requireNonNull(outlets, "outlets");
    this.coverage = new CoverageBuilder(corpus.attributeValues());
    this.claims = new ClaimsBuilder(embedder, weights);
    this.vocabulary = LogOddsVocabulary.withDefaultPrior(corpus.counts(), VOCABULARY_TOP);
  }

  /**
   * A comparator whose corpus is {@code articles} (the background of distinctive vocabulary and of
   * coverage attributes), with outlets from {@code registry}, and the default alignment weights.
   */
  public static StoryComparator over(
      Embedder embedder, SourceRegistry registry, Collection<Article> articles) {
    return over(embedder, registry, articles, AlignmentWeights.defaults());
  }

  /** As {@link #over(Embedder, SourceRegistry, Collection)}, with the given alignment weights. */
  public static StoryComparator over(
      Embedder embedder,
      SourceRegistry registry,
      Collection<Article> articles,
      AlignmentWeights weights) {
    Outlets outlets = new Outlets(registry);
    Corpus corpus = new Corpus(outlets);
    articles.forEach(corpus::add);
    return new StoryComparator(embedder, corpus, outlets, weights);
  }

  /**
   * A story of {@code articles} in their order, with no syndication families, dates, entities or
   * grouping evidence: a set of articles compared as one story.
   */
  public static Story oneStory(String id, String title, List<Article> articles) {
    return new Story(
        id,
        title,
        articles.stream().map(Article::id).toList(),
        List.of(),
        null,
        null,
        List.of(),
        false,
        List.of());
  }

  /**
   * Compares one story.
   *
   * @param story the story; its {@code articles} name the members
   * @param articles the enriched articles (at least the story's members; others are ignored)
   * @param families the syndication families of the run (members of one family count as one voice)
   * @return the comparison, or a problem when none of the story's articles was given
   */
  public Outcome<Comparison> compare(
      Story story, List<Article> articles, List<SyndicationFamily> families) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<String, String> familyOf = new HashMap<>();
    for (SyndicationFamily f : families) {
      f.members().forEach(m -> familyOf.put(m, f.id()));
    }
    List<Member> members = new ArrayList<>();
    for (String id : new LinkedHashSet<>(story.articles())) {
      Article a = byId.get(id);
      if (a != null) {
        Outlet o = outlets.of(a);
        Outlet origin = outlets.originOf(a).orElse(o);
        members.add(new Member(a, o, origin, familyOf.getOrDefault(id, id)));
      }
    }
    if (members.isEmpty()) {
      return Outcome.failed(
          new Problem(
              story.id(),
              null,
              "compare",
              "no-articles",
              "none of the story's articles was found"));
    }
    members.sort(Comparator.comparing((Member m) -> published(m.article())));
    return Outcome.ok(compareMembers(story.id(), members));
  }

  private Comparison compareMembers(String storyId, List<Member> members) {
    return new Comparison(
        storyId,
        members.stream()
            .map(
                m ->
                    new ComparedArticle(
                        m.id(),
                        m.outletName(),
                        m.article().title(),
                        m.article().published(),
                        m.article().url(),
                        m.voice()))
            .toList(),
        outletInfo(members),
        coverage.build(members),
        claims.build(members),
        quotes.build(members),
        vocabulary.build(members),
        entities.build(members));
  }

  private static List<OutletInfo> outletInfo(List<Member> members) {
    Map<String, List<Member>> byName = new LinkedHashMap<>();
    members.forEach(m -> byName.computeIfAbsent(m.outletName(), k -> new ArrayList<>()).add(m));
    List<OutletInfo> out = new ArrayList<>();
    byName.forEach(
        (name, ms) -> {
          Outlet o = ms.get(0).outlet();
          Map<String, String> attributes = new LinkedHashMap<>();
          Outlets.attributes(o).forEach((k, v) -> attributes.put(k, String.join("|", v)));
          out.add(
              new OutletInfo(name, o.domain(), attributes, ms.stream().map(Member::id).toList()));
        });
    return out;
  }

  private static String published(Article a) {
    return a.published() == null ? "\uffff" : a.published();
  }
}
