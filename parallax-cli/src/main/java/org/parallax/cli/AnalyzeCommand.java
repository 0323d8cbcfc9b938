package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax analyze INPUT... --out DIR}: ingest, then enrich, then the later steps (grouping,
 * comparison) as they are added to {@link #steps()}.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Read raw articles, clean them and enrich them: language, sentences, entities with",
      "canonical ids, quotes with their speakers and time expressions. Writes",
      "DIR/articles.jsonl (enriched articles, in input order) and DIR/rejects.jsonl (every",
      "item that did not become an article, with its source, position and reason).",
      "",
      "Exit status: 0 every item became an enriched article; 2 the run finished with",
      "rejects; 1 usage error, or nothing could be read at all."
    })
public final class AnalyzeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or -.")
  List<String> inputs;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description = "Output directory (created when missing; its files are replaced).")
  Path out;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Enrichment threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @CommandLine.Mixin SourcesOption sources;

  @CommandLine.Mixin CorpusOption corpus;

  /**
   * The steps, in order. Each reads what the steps before it wrote to the output directory and adds
   * its own files; add a step here to extend {@code analyze}.
   */
  static List<AnalyzeStep> steps() {
    return List.of(
        new EnrichStep(), // DIR/articles.jsonl, DIR/rejects.jsonl
        new GroupStep(), // DIR/syndication.jsonl, DIR/stories.jsonl (reads DIR/overrides.json)
        new CompareStep() // DIR/comparisons.jsonl, DIR/report/
        );
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (threads < 1) {
      throw new CommandLine.ParameterException(cl, "--threads must be at least 1");
    }
    return corpus.runThenLoad(
        spec,
        sources,
        out,
        true,
        registry ->
            run(
                new AnalyzeContext(
                    inputs, out, registry, threads, cl.getOut(), cl.getErr(), corpus.dir),
                steps()));
  }

  /** Runs {@code steps} in order; the worst exit code wins, and a failure stops the run. */
  static int run(AnalyzeContext context, List<AnalyzeStep> steps) throws IOException {
    int code = ExitCodes.OK;
    for (AnalyzeStep step : steps) {
      int c = step.run(context);
      if (c == ExitCodes.FAILURE) {
        context.err().println("parallax: analyze stopped at step " + step.name());
        context.err().flush();
        return c;
      }
      code = Math.max(code, c);
    }
    return code;
  }
}
