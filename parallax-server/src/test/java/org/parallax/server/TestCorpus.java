package org.parallax.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.parallax.core.compare.Blindspot;
import org.parallax.core.compare.Claim;
import org.parallax.core.compare.ClaimEvidence;
import org.parallax.core.compare.ClaimStatus;
import org.parallax.core.compare.ComparedArticle;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.Coverage;
import org.parallax.core.compare.DiffOp;
import org.parallax.core.compare.EntityCoverage;
import org.parallax.core.compare.EntityUse;
import org.parallax.core.compare.LedgerQuote;
import org.parallax.core.compare.OutletInfo;
import org.parallax.core.compare.QuoteLedger;
import org.parallax.core.compare.QuoteVersion;
import org.parallax.core.compare.SpeakerQuotes;
import org.parallax.core.compare.TimelineEntry;
import org.parallax.core.compare.VocabularyTerm;
import org.parallax.core.compare.Voice;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Span;
import org.parallax.core.model.Speaker;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.Assignment;
import org.parallax.core.story.Story;
import org.parallax.ingest.Ingestor;
import org.parallax.server.api.IntakeReport;
import org.parallax.server.grouping.StoredStoryEditor;
import org.parallax.server.intake.IngestorIntake;
import org.parallax.store.Corpus;
import org.parallax.store.StoredKind;

/**
 * A small corpus for API and browser tests: the four articles of {@code api/articles.jsonl}
 * ingested through the real intake, a hand-made quote and entity on some, three stories, and
 * comparisons of two of them. Article 2 carries XSS payloads in its title, publisher, text, quote
 * and speaker name.
 */
final class TestCorpus implements AutoCloseable {

  static final String XSS_SPEAKER = "<img src=x onerror=window.__xss=6>Mary Ames";

  final Corpus corpus;
  final Services services;
  final List<String> ids;
  final ParallaxServer server;
  final String token;

  private TestCorpus(Path dir) throws IOException {
    corpus = Corpus.open(dir);
    SourceRegistry registry = SourceRegistry.defaults();
    services =
        new Services(
            corpus,
            registry,
            new IngestorIntake(Ingestor.create(registry), corpus, UnaryOperator.identity()),
            new StoredStoryEditor(corpus));
    IntakeReport report;
    try (InputStream in = TestCorpus.class.getResourceAsStream("/api/articles.jsonl")) {
      report = services.intake().ingest(in, "articles.jsonl");
    }
    if (report.ids().size() != 4) {
      throw new IllegalStateException("fixture ingest gave " + report);
    }
    ids = report.ids();
    enrich();
    storeStories();
    var token = org.parallax.server.security.AccessToken.loadOrCreate(dir);
    this.token = token.value();
    server = ParallaxServer.start(ServerConfig.local(0, dir), token, services);
  }

  static TestCorpus start(Path dir) throws IOException {
    return new TestCorpus(dir);
  }

  Article article(int i) {
    return corpus.article(ids.get(i)).orElseThrow();
  }

  private void enrich() {
    Article a0 = article(0);
    Article a2 = article(2);
    corpus.add(
        List.of(
            withQuote(
                a0,
                "Our policy will not focus",
                new Speaker("Jen Psaki", "Jen Psaki"),
                "North Korea"),
            withQuote(
                a2,
                "This budget protects the harbour",
                new Speaker("Mary Ames", XSS_SPEAKER),
                "Mary Ames")));
  }

  private static Article withQuote(Article a, String words, Speaker speaker, String entity) {
    int start = a.text().indexOf(words);
    int end = a.text().indexOf('"', start);
    Span span = a.span(start, end < 0 ? start + words.length() : end);
    int e = a.text().indexOf(entity);
    List<Entity> entities =
        e < 0
            ? List.of()
            : List.of(
                new Entity(
                    entity,
                    entity,
                    "PERSON",
                    List.of(a.span(e, e + entity.length())),
                    new Salience(1, e, false)));
    Quote q = new Quote(span.text(), span, QuoteKind.DIRECT, speaker, null, "said", null);
    return a.toBuilder().quotes(List.of(q)).entities(entities).build();
  }

  private void storeStories() {
    Map<String, Corpus.Stored> stories = new LinkedHashMap<>();
    stories.put(
        "storykorea",
        stored(story("storykorea", "North Korea policy review", ids.get(0), ids.get(1))));
    stories.put("storybudget", stored(story("storybudget", "Harbour council budget", ids.get(2))));
    stories.put("storyferry", stored(story("storyferry", "Harbour ferry resumes", ids.get(3))));
    corpus.putAll(StoredKind.STORY, stories);
    corpus.put(
        StoredKind.COMPARISON, "storykorea", koreaComparison(), List.of(ids.get(0), ids.get(1)));
    corpus.put(StoredKind.COMPARISON, "storybudget", budgetComparison(), List.of(ids.get(2)));
  }

  private static Corpus.Stored stored(Story s) {
    return new Corpus.Stored(s, s.articles());
  }

  private static Story story(String id, String title, String... articles) {
    List<Assignment> evidence = new ArrayList<>();
    for (String a : articles) {
      evidence.add(
          new Assignment(
              a, id, "joined", 0.8, 0.8, 0.5, 0.4, 24, List.of("North Korea"), null, 0, ""));
    }
    return new Story(
        id,
        title,
        List.of(articles),
        List.of(),
        "2021-05-04",
        "2021-06-03",
        List.of("North Korea"),
        false,
        evidence);
  }

  private Comparison koreaComparison() {
    Article a = article(0);
    Article b = article(1);
    String shared = "completed its review";
    ClaimEvidence ea = evidence(a, "The Biden administration has completed its review");
    ClaimEvidence eb = evidence(b, "The Biden administration says it has finished its review");
    Claim c1 =
        new Claim(
            "c1",
            ClaimStatus.SHARED,
            "The Biden administration has " + shared + " of US policy toward North Korea.",
            List.of(ea, eb),
            List.of("World Socialist Web Site", "The Australian"),
            2,
            false,
            List.of(),
            0.8);
    Claim c2 =
        new Claim(
            "c2",
            ClaimStatus.UNIQUE,
            "China remains the regime's lifeline.",
            List.of(evidence(b, "China remains the regime's lifeline")),
            List.of("The Australian"),
            1,
            false,
            List.of(),
            1);
    Quote q = a.quotes().get(0);
    QuoteVersion v =
        new QuoteVersion(
            a.id(),
            "World Socialist Web Site",
            q.span().start(),
            q.span().end(),
            q.text(),
            "direct",
            false,
            List.of(new DiffOp(DiffOp.Op.SAME, q.text())));
    LedgerQuote lq =
        new LedgerQuote("q1", q.text(), List.of(v), List.of("World Socialist Web Site"), true);
    SpeakerQuotes sq =
        new SpeakerQuotes(
            "Jen Psaki",
            "Jen Psaki",
            List.of(lq),
            List.of("World Socialist Web Site"),
            List.of("The Australian"));
    QuoteLedger ledger =
        new QuoteLedger(List.of(sq), Map.of("World Socialist Web Site", Map.of("Jen Psaki", 1)));
    Coverage coverage =
        new Coverage(
            2,
            List.of(
                new Voice(
                    a.id(),
                    "World Socialist Web Site",
                    List.of("World Socialist Web Site"),
                    List.of(a.id())),
                new Voice(b.id(), "The Australian", List.of("The Australian"), List.of(b.id()))),
            Map.of("kind", Map.of("nonprofit", 1, "commercial", 1)),
            List.of(
                new TimelineEntry(a.id(), "World Socialist Web Site", "2021-05-04", a.id()),
                new TimelineEntry(b.id(), "The Australian", "2021-05-05", b.id())),
            List.of(new Blindspot("country", "AU", List.of("US"))));
    return new Comparison(
        "storykorea",
        List.of(
            new ComparedArticle(
                a.id(), "World Socialist Web Site", a.title(), "2021-05-04", a.url(), a.id()),
            new ComparedArticle(
                b.id(), "The Australian", b.title(), "2021-05-05", b.url(), b.id())),
        List.of(
            new OutletInfo(
                "World Socialist Web Site",
                "wsws.org",
                Map.of("kind", "nonprofit"),
                List.of(a.id())),
            new OutletInfo(
                "The Australian",
                "theaustralian.com.au",
                Map.of("kind", "commercial"),
                List.of(b.id()))),
        coverage,
        List.of(c1, c2),
        ledger,
        Map.of(
            "World Socialist Web Site",
            List.of(new VocabularyTerm("strategic patience", 2.5, 1)),
            "The Australian",
            List.of(new VocabularyTerm("lifeline", 2.1, 1))),
        List.of(
            new EntityCoverage(
                "North Korea",
                "North Korea",
                "COUNTRY",
                List.of(new EntityUse("World Socialist Web Site", 2, 0.9, true, 0.0)))));
  }

  private Comparison budgetComparison() {
    Article a = article(2);
    Quote q = a.quotes().get(0);
    String outlet = a.publisher() == null ? "Example Gazette" : a.publisher();
    QuoteVersion v =
        new QuoteVersion(
            a.id(), outlet, q.span().start(), q.span().end(), q.text(), "direct", false, List.of());
    LedgerQuote lq = new LedgerQuote("q1", q.text(), List.of(v), List.of(outlet), true);
    SpeakerQuotes sq =
        new SpeakerQuotes("Mary Ames", XSS_SPEAKER, List.of(lq), List.of(outlet), List.of());
    Claim c =
        new Claim(
            "c1",
            ClaimStatus.UNIQUE,
            a.paragraphs().get(0),
            List.of(
                new ClaimEvidence(
                    a.id(), 0, a.paragraphs().get(0).length(), a.paragraphs().get(0))),
            List.of(outlet),
            1,
            false,
            List.of(),
            1);
    Coverage coverage =
        new Coverage(
            1,
            List.of(new Voice(a.id(), outlet, List.of(outlet), List.of(a.id()))),
            Map.of(),
            List.of(new TimelineEntry(a.id(), outlet, "2021-06-01", a.id())),
            List.of());
    return new Comparison(
        "storybudget",
        List.of(new ComparedArticle(a.id(), outlet, a.title(), "2021-06-01", a.url(), a.id())),
        List.of(new OutletInfo(outlet, "example.org", Map.of("kind", "unknown"), List.of(a.id()))),
        coverage,
        List.of(c),
        new QuoteLedger(List.of(sq), Map.of(outlet, Map.of(XSS_SPEAKER, 1))),
        Map.of(outlet, List.of(new VocabularyTerm("<script>window.__xss=7</script>", 3.0, 1))),
        List.of());
  }

  private static ClaimEvidence evidence(Article a, String words) {
    int s = a.text().indexOf(words);
    if (s < 0) {
      throw new IllegalStateException("fixture text lacks: " + words);
    }
    return new ClaimEvidence(a.id(), s, s + words.length(), words);
  }

  @Override
  public void close() throws IOException {
    server.close();
    corpus.close();
  }
}
