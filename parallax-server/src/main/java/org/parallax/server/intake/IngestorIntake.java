package org.parallax.server.intake;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.parallax.core.model.Article;
import org.parallax.core.model.Problem;
import org.parallax.ingest.IngestSink;
import org.parallax.ingest.IngestSummary;
import org.parallax.ingest.Ingestor;
import org.parallax.server.api.ArticleIntake;
import org.parallax.server.api.IntakeReport;
import org.parallax.store.AddResult;
import org.parallax.store.Corpus;

/**
 * Ingests a body with the {@link Ingestor} (the JSON Lines reader's fields; the reader is chosen by
 * sniffing the content, as for files), passes the articles through {@code enrich}, and adds them to
 * the corpus in one commit. Thread-safe when {@code enrich} is.
 */
public final class IngestorIntake implements ArticleIntake {

  private final Ingestor ingestor;
  private final Corpus corpus;
  private final UnaryOperator<List<Article>> enrich;

  /**
   * @param enrich runs on each batch before it is stored ({@link UnaryOperator#identity()} for
   *     none)
   */
  public IngestorIntake(Ingestor ingestor, Corpus corpus, UnaryOperator<List<Article>> enrich) {
    this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.enrich = Objects.requireNonNull(enrich, "enrich");
  }

  @Override
  public IntakeReport ingest(InputStream jsonLines, String source) {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    IngestSummary summary =
        ingestor.ingest(jsonLines, source, IngestSink.of(articles::add, problems::add));
    List<Article> ready = articles.isEmpty() ? articles : enrich.apply(articles);
    AddResult added = ready.isEmpty() ? AddResult.none() : corpus.add(ready);
    problems.addAll(added.problems());
    return new IntakeReport(
        (int) summary.items(),
        added.added(),
        added.updated(),
        added.unchanged(),
        ready.stream().map(Article::id).toList(),
        problems);
  }
}
