package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench …}: quality evaluations against the public gold sets in {@code
 * ../shared/bench} and throughput benchmarks. Each subcommand prints a table.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure quality against public gold data and throughput on this machine.",
      "Quality benches read their data from --data (default ../shared/bench)."
    },
    subcommands = {
      BenchClaimsCommand.class,
      BenchEntitiesCommand.class,
      BenchPipelineCommand.class,
      BenchExtractionCommand.class,
      BenchQuotesCommand.class,
      BenchSearchCommand.class,
      BenchServeCommand.class,
      BenchStoriesCommand.class,
      BenchSyndicationCommand.class,
      BenchEmbeddingsCommand.class
    })
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--list", description = "Print the names of the benchmarks, one per line.")
  boolean list;

  @Override
  public void run() {
    CommandLine cl = spec.commandLine();
    if (list) {
      cl.getSubcommands().keySet().forEach(cl.getOut()::println);
      cl.getOut().flush();
      return;
    }
    cl.usage(cl.getOut());
  }
}
