package org.parallax.cli;

import picocli.CommandLine.Command;

/**
 * {@code parallax bench …}: quality evaluations against the public gold sets in {@code
 * ../shared/bench} and throughput benchmarks. Each prints a table.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure quality against public gold data and throughput on this machine.",
      "Quality benches read their data from --data (default ../shared/bench)."
    },
    subcommands = {})
public final class BenchCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
