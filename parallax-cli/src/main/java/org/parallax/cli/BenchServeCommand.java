package org.parallax.cli;

import org.parallax.bench.serve.ServeBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax bench serve}: API throughput and latency on loopback. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a corpus (no data needed), serve it on 127.0.0.1, and send a bounded number of",
      "GET requests (article, search with facets, lists, stories, quotes, entity, static asset)",
      "from concurrent clients; print requests/s and p50/p95/p99 latency per request kind."
    })
public final class BenchServeCommand extends BenchSubcommand {

  @CommandLine.Mixin GeneratedData data;

  @Option(
      names = "--articles",
      defaultValue = "20000",
      description = "Generated articles (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--clients",
      defaultValue = "8",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--requests",
      defaultValue = "20000",
      description = "Timed requests in all (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--max-seconds",
      defaultValue = "120",
      description = "Time limit of the timed phase (default: ${DEFAULT-VALUE}).")
  int maxSeconds;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of corpus and request mix.")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (articles < 1 || clients < 1 || clients > 256 || requests < 1 || maxSeconds < 1) {
      return usage("bench serve: --articles, --requests, --max-seconds >= 1; --clients 1..256");
    }
    ServeBench.Options options =
        new ServeBench.Options(articles, clients, requests, maxSeconds, seed);
    return print(new ServeBench(options, err()).run());
  }
}
