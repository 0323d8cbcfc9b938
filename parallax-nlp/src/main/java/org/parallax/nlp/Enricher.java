package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.core.model.Article;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.core.model.Quote;
import org.parallax.core.model.TimeExpression;
import org.parallax.core.stage.Stage;
import org.parallax.nlp.entities.Candidate;
import org.parallax.nlp.entities.EntityResolver;
import org.parallax.nlp.ner.NerResult;
import org.parallax.nlp.text.LanguageIdentifier;
import org.parallax.nlp.time.TimeResolver;

/**
 * The enrichment stage: language, sentences, entities with canonical ids, time expressions and
 * quotes. Thread-safe; the models load once per process, on first use, and are shared by every
 * enricher. Non-English articles get language, sentences and quotes, and a note says what was
 * skipped.
 *
 * <pre>{@code
 * Outcome<Article> out = Enricher.shared().apply(article);
 * }</pre>
 */
public final class Enricher implements Stage<Article, Article> {

  /** Texts longer than this are tokenized, tagged and resolved only up to here (with a note). */
  public static final int MAX_NLP_CHARS = 100_000;

  private static final Enricher SHARED = new Enricher();

  private final StepTimes times = new StepTimes();

  private Enricher() {}

  /** The process-wide enricher. */
  public static Enricher shared() {
    return SHARED;
  }

  /** Loads every model now instead of on the first article. */
  public Enricher warmUp() {
    Models.shared().warmUp();
    return this;
  }

  /** Time spent per step since start-up. */
  public StepTimes times() {
    return times;
  }

  @Override
  public String name() {
    return "enrich";
  }

  @Override
  public Outcome<Article> apply(Article article) {
    try {
      return Outcome.ok(enrich(article).article());
    } catch (RuntimeException e) {
      return Outcome.failed(
          new Problem(
              article.source(),
              Position.none(),
              name(),
              "enrich-error",
              "enrichment failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  /** The enriched article and its linguistic view. May throw on a bug; {@link #apply} does not. */
  public Enrichment enrich(Article article) {
    Models m = Models.shared();
    String text = article.text();
    List<String> notes = new ArrayList<>(article.notes());
    long t0 = clock();
    String language = language(m, article, notes);
    long t1 = clock();
    times.add("language", t1 - t0);
    if (text.length() > MAX_NLP_CHARS) {
      notes.add(
          String.format(
              Locale.ROOT,
              "text too long: sentences, entities and times cover only the first %d of %d characters",
              MAX_NLP_CHARS,
              text.length()));
    }
    NlpDoc doc = m.text().analyze(text, language, MAX_NLP_CHARS);
    times.add("sentences+tokens+pos+lemma", clock() - t1);
    EntitiesAndTimes found = entitiesAndTimes(m, article, language, doc, notes);
    NlpDoc full =
        new NlpDoc(text, language, doc.tokens(), doc.sentences(), found.resolution().mentions());
    Article enriched =
        article.toBuilder()
            .language(language)
            .sentences(doc.sentences().stream().map(s -> article.span(s.start(), s.end())).toList())
            .entities(found.resolution().entities())
            .times(found.times())
            .notes(notes)
            .build();
    long t4 = clock();
    List<Quote> quotes = quotes(m, enriched, notes);
    times.add("quotes", clock() - t4);
    return new Enrichment(enriched.toBuilder().quotes(quotes).notes(notes).build(), full);
  }

  /** An article's resolved entities with their mentions, and its time expressions. */
  private record EntitiesAndTimes(
      EntityResolver.Resolution resolution, List<TimeExpression> times) {}

  /** Entities and times of an English text; for other languages, notes say they were skipped. */
  private EntitiesAndTimes entitiesAndTimes(
      Models m, Article article, String language, NlpDoc doc, List<String> notes) {
    if ("en".equals(language)) {
      return english(m, article, doc, notes);
    }
    if (!doc.tokens().isEmpty()) {
      notes.add("no NER model for language " + language);
      notes.add("no time-expression rules for language " + language);
    }
    return new EntitiesAndTimes(new EntityResolver.Resolution(List.of(), List.of()), List.of());
  }

  /** NER and SUTime, entities resolved with the captions, authors and outlets, times resolved. */
  private EntitiesAndTimes english(Models m, Article article, NlpDoc doc, List<String> notes) {
    long t2 = clock();
    NerResult ner = tag(m, doc, TimeResolver.day(article.published()));
    long t3 = clock();
    times.add("ner+sutime (corenlp)", t3 - t2);
    EntityResolver.Resolution resolution =
        m.resolver().resolve(article.text(), article.title(), doc.tokens(), candidates(ner));
    resolution =
        new EntityResolver.Resolution(
            m.resolver()
                .withSideEntities(
                    resolution.entities(),
                    captionEntities(m, article),
                    article.authors(),
                    outlets(article),
                    article.title()),
            resolution.mentions());
    List<TimeExpression> timex = TimeResolver.resolve(doc, ner.times());
    times.add("entities+times", clock() - t3);
    if (article.published() == null && timex.stream().anyMatch(x -> x.value() == null)) {
      notes.add("no publication date: relative time expressions are left unresolved");
    }
    return new EntitiesAndTimes(resolution, timex);
  }

  /** This thread's CPU time in nanoseconds where the JVM measures it, else wall time. */
  private static long clock() {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported()
        ? threads.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  private static String language(Models m, Article article, List<String> notes) {
    if (article.text().isBlank()) {
      notes.add("no text to analyse");
      return declared(article);
    }
    String detected = m.language().identify(article.text());
    if (!LanguageIdentifier.UNDETERMINED.equals(detected)) {
      return detected;
    }
    String declared = declared(article);
    notes.add(
        LanguageIdentifier.UNDETERMINED.equals(declared)
            ? "language undetermined: text too short to identify"
            : "text too short to identify its language; using the declared " + declared);
    return declared;
  }

  private static String declared(Article article) {
    String lang = article.language();
    if (lang == null || lang.isBlank()) {
      return LanguageIdentifier.UNDETERMINED;
    }
    return lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  private static NerResult tag(Models m, NlpDoc doc, String docDate) {
    int n = doc.sentences().size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = doc.sentences().get(i).start();
      ends[i] = doc.sentences().get(i).end();
    }
    return m.tagger().tag(doc.text(), starts, ends, docDate);
  }

  /** The entities named in the captions, each caption analysed as its own short text. */
  private static List<org.parallax.core.model.Entity> captionEntities(Models m, Article article) {
    List<org.parallax.core.model.Entity> out = new ArrayList<>();
    for (String caption : article.captions()) {
      if (caption.isBlank() || caption.length() > 2_000) {
        continue;
      }
      NlpDoc doc = m.text().analyze(caption, "en");
      NerResult ner = tag(m, doc, TimeResolver.day(article.published()));
      out.addAll(m.resolver().resolve(caption, null, doc.tokens(), candidates(ner)).entities());
    }
    return out;
  }

  private static List<String> outlets(Article article) {
    List<String> out = new ArrayList<>();
    if (article.publisher() != null) {
      out.add(article.publisher());
    }
    if (article.syndicatedFrom() != null) {
      out.add(article.syndicatedFrom());
    }
    return out;
  }

  private static List<Candidate> candidates(NerResult ner) {
    List<Candidate> out = new ArrayList<>(ner.mentions().size());
    for (NerResult.Tagged t : ner.mentions()) {
      out.add(new Candidate(t.start(), t.end(), t.text(), t.type(), null));
    }
    return out;
  }

  private static List<Quote> quotes(Models m, Article enriched, List<String> notes) {
    try {
      return m.quotes().attribute(enriched);
    } catch (RuntimeException e) {
      notes.add("quote attribution failed: " + e.getClass().getSimpleName());
      return List.of();
    }
  }

  /**
   * An enriched article with the linguistic view it was made from.
   *
   * @param article the enriched article
   * @param doc tokens, sentences and resolved mentions
   */
  public record Enrichment(Article article, NlpDoc doc) {}
}
