package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.ingest.Ingestor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax ingest INPUT... --out DIR}: raw inputs to clean articles and rejects. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read raw articles and write the clean ones to DIR/articles.jsonl; every item",
      "that did not become an article goes to DIR/rejects.jsonl with its source,",
      "position and reason.",
      "",
      "Inputs are files, directories (read recursively, in sorted order) or - for",
      "standard input. Formats are recognised by content: text or Markdown dumps,",
      "saved HTML pages, JSON Lines, RSS/Atom feeds, WARC archives, and gzip-",
      "compressed versions of each.",
      "",
      "Exit status: 0 every item became an article; 2 the run finished with",
      "rejects; 1 usage error, or nothing could be read at all."
    })
public final class IngestCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or -.")
  List<String> inputs;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description = "Output directory (created when missing; its two files are replaced).")
  Path out;

  @CommandLine.Mixin SourcesOption sources;

  @Option(
      names = "--workers",
      defaultValue = "" + Ingestor.DEFAULT_WORKERS,
      paramLabel = "N",
      description = "Cleaning threads (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(names = "--no-progress", description = "Do not report progress on standard error.")
  boolean noProgress;

  @CommandLine.Mixin CorpusOption corpus;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (workers < 1) {
      throw new CommandLine.ParameterException(cl, "--workers must be at least 1");
    }
    return corpus.runThenLoad(
        spec,
        sources,
        out,
        false,
        registry ->
            IngestRunner.run(
                inputs, out, registry, workers, !noProgress, cl.getOut(), cl.getErr()));
  }
}
