package org.parallax.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option of the {@code parallax bench} commands that generate their own data:
 * accepted, like on every benchmark, so that one command line can run them all, and unused.
 */
final class GeneratedData {

  @Option(
      names = "--data",
      defaultValue = "../shared/bench",
      description = "Benchmark root (unused: this benchmark generates its data).")
  Path data;
}
