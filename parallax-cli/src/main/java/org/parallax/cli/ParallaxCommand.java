package org.parallax.cli;

import picocli.CommandLine.Command;

/** The top-level {@code parallax} command; each subcommand is a stage or a tool. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Parallax shows how different outlets tell the same news story.",
      "",
      "Point it at raw articles (text dumps, saved pages, JSON Lines, RSS/Atom feeds,",
      "WARC archives) and get clean articles, the people, places and organisations in",
      "them, every quote with its speaker, and stories compared across outlets."
    },
    subcommands = {
      IngestCommand.class,
      AnalyzeCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      BenchCommand.class
    })
public final class ParallaxCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
