package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.bench.table.Table;
import picocli.CommandLine;

/**
 * What the {@code parallax bench} subcommands share: the command's streams, printing a result, and
 * turning a usage mistake or an I/O error into {@link ExitCodes#FAILURE} with one line on the error
 * stream. Options stay on the subcommands and their mixins ({@link BenchData}, {@link
 * GeneratedData}).
 */
abstract class BenchSubcommand implements Callable<Integer> {

  /** The work of a benchmark: its output, ready to print. */
  @FunctionalInterface
  interface Body {
    /** Runs the benchmark and returns what to print. */
    String run() throws IOException;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The command's standard output. */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** The command's error stream (progress, disagreements, problems). */
  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * Runs {@code body} when the benchmark data of {@code bench} is present and prints its output;
   * {@link ExitCodes#FAILURE} when the data is missing or {@code body} fails to read.
   */
  final int runOn(BenchData bench, Body body) {
    if (!bench.present(spec)) {
      return ExitCodes.FAILURE;
    }
    try {
      return print(body.run());
    } catch (IOException e) {
      return fail(e);
    }
  }

  /** Prints {@code text} to standard output as it is and returns {@link ExitCodes#OK}. */
  final int print(String text) {
    out().print(text);
    out().flush();
    return ExitCodes.OK;
  }

  /** Prints each table followed by a line break and returns {@link ExitCodes#OK}. */
  final int print(List<Table> tables) {
    for (Table t : tables) {
      out().println(t.render());
    }
    out().flush();
    return ExitCodes.OK;
  }

  /**
   * Reports a failed run as {@code bench NAME: message} on the error stream and returns {@link
   * ExitCodes#FAILURE}.
   */
  final int fail(Exception e) {
    return usage("bench " + spec.name() + ": " + e.getMessage());
  }

  /** Prints {@code message} on the error stream and returns {@link ExitCodes#FAILURE}. */
  final int usage(String message) {
    err().println(message);
    err().flush();
    return ExitCodes.FAILURE;
  }
}
