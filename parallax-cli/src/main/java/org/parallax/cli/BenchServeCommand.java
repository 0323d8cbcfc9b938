package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.bench.serve.ServeBench;
import org.parallax.bench.table.Table;
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
public final class BenchServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      defaultValue = "../shared/bench",
      description = "Benchmark root (unused: this benchmark generates its data).")
  Path data;

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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (articles < 1 || clients < 1 || clients > 256 || requests < 1 || maxSeconds < 1) {
      err.println("bench serve: --articles, --requests, --max-seconds >= 1; --clients 1..256");
      return ExitCodes.FAILURE;
    }
    ServeBench.Options options =
        new ServeBench.Options(articles, clients, requests, maxSeconds, seed);
    for (Table t : new ServeBench(options, err).run()) {
      out.println(t.render());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
