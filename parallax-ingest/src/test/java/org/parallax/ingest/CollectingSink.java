package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import org.parallax.core.model.Article;
import org.parallax.core.model.Problem;

/** A sink that keeps everything, for tests. */
final class CollectingSink implements IngestSink {

  final List<Article> articles = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();
  final List<IngestProgress> progress = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  @Override
  public void progress(IngestProgress p) {
    progress.add(p);
  }

  List<Article> from(String fileName) {
    return articles.stream().filter(a -> a.source().contains(fileName)).toList();
  }

  List<Problem> problemsFrom(String fileName) {
    return problems.stream().filter(p -> p.source().contains(fileName)).toList();
  }
}
