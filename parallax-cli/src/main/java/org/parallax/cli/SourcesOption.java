package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --sources FILE} option: a user source registry over the shipped one. */
final class SourcesOption {

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description = "A source registry file (TSV) that overrides and extends the shipped one.")
  Path sources;

  /**
   * The shipped registry with the user's file applied, or empty after telling the user on the
   * command's error stream why the file could not be read.
   */
  Optional<org.parallax.core.registry.SourceRegistry> registry(CommandLine.Model.CommandSpec spec) {
    try {
      return Optional.of(IngestRunner.registry(sources));
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("parallax: cannot read --sources " + sources + ": " + e.getMessage());
      spec.commandLine().getErr().flush();
      return Optional.empty();
    }
  }
}
