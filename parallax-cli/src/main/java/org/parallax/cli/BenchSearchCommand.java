package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.parallax.bench.search.SearchBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax bench search}: ingest rate and search latency over a synthetic corpus. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Build a synthetic corpus (deterministic, generated here; no data needed), report the",
      "ingest rate into the store, then time a mix of searches (words, phrases, filters,",
      "facets, quotes, look-ups, similar articles) on one thread and print p50/p95/p99."
    })
public final class BenchSearchCommand extends BenchSubcommand {

  @CommandLine.Mixin GeneratedData data;

  @Option(
      names = "--articles",
      defaultValue = "100000",
      description = "Synthetic articles in the corpus (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--batch",
      defaultValue = "1000",
      description = "Articles per commit while ingesting (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--queries",
      defaultValue = "500",
      description = "Timed queries of each kind (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--no-vectors",
      description =
          "Do not give articles 256-d feature-hashing vectors (and skip the similar-article row).")
  boolean noVectors;

  @Option(
      names = "--corpus",
      description =
          "Keep the corpus in this directory and reuse it when it already holds --articles"
              + " articles (default: a temporary directory, deleted afterwards).")
  Path corpus;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the query mix.")
  long seed;

  @Override
  public Integer call() {
    if (articles < 1 || batch < 1 || queries < 1) {
      return usage("--articles, --batch and --queries must be at least 1");
    }
    SearchBench.Options options =
        new SearchBench.Options(corpus, articles, batch, queries, !noVectors, seed);
    try {
      return print(new SearchBench(options, err()).run());
    } catch (IOException e) {
      return fail(e);
    }
  }
}
