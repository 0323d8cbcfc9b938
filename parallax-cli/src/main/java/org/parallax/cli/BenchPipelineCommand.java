package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Files;
import org.parallax.bench.pipeline.PipelineBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax bench pipeline}: ingest + enrich throughput on 1 and 2 threads. */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = {
      "Measure ingest + enrich throughput (articles/s, tokens/s) on 1 and 2 threads over",
      "generated ~800-word articles made from the GUM news texts in DATA/ner/gum-news, with",
      "model start-up time, peak heap and the time per step. Run it with the heap you want to",
      "measure, e.g. PARALLAX_JAVA_OPTS=-Xmx2g. Prints Markdown tables."
    })
public final class BenchPipelineCommand extends BenchSubcommand {

  @CommandLine.Mixin BenchData bench;

  @Option(
      names = "--articles",
      defaultValue = "40",
      description = "Articles per run (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--words",
      defaultValue = "800",
      description = "Words per article (default: ${DEFAULT-VALUE}).")
  int words;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (!bench.present(spec)) {
      return ExitCodes.FAILURE;
    }
    if (!Files.isDirectory(bench.dir().resolve("ner/gum-news"))) {
      return usage("parallax: no GUM news texts under " + bench.dir().toAbsolutePath());
    }
    return print(new PipelineBench(bench.dir(), Math.max(1, articles), Math.max(50, words)).run());
  }
}
