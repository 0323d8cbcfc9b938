package org.parallax.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option of the {@code parallax bench} commands: the root of the public
 * benchmark data, {@code ../shared/bench} by default, resolved against the working directory.
 */
final class BenchData {

  @Option(
      names = "--data",
      defaultValue = "../shared/bench",
      description =
          "Benchmark root, resolved against the working directory (default: ${DEFAULT-VALUE}).")
  Path data;

  /** The benchmark root. */
  Path dir() {
    return data;
  }

  /**
   * Whether the benchmark root is a directory; when it is not, says so on the command's error
   * stream, naming the path and the option that sets it.
   */
  boolean present(CommandLine.Model.CommandSpec spec) {
    if (Files.isDirectory(data)) {
      return true;
    }
    spec.commandLine()
        .getErr()
        .println(
            "parallax: no benchmark data at "
                + data.toAbsolutePath().normalize()
                + " (set it with --data DIR; the public sets are described in"
                + " ../shared/bench/README.md)");
    spec.commandLine().getErr().flush();
    return false;
  }
}
