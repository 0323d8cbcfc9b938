package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.bench.entities.EntitiesBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax bench entities}: NER on GUM news, cross-document ids on MEANTIME. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Score named entities: precision and recall of person / organisation / place names on",
      "GUM news (DATA/ner/gum-news), and cross-document canonical ids on MEANTIME",
      "(DATA/events/meantime-en): the share of gold entities named in two or more articles",
      "whose mentions all get one Parallax id that no other entity gets. Prints Markdown tables."
    })
public final class BenchEntitiesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      defaultValue = "../shared/bench",
      description =
          "Benchmark root, resolved against the working directory (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Enrichment threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(data)) {
      spec.commandLine()
          .getErr()
          .println("parallax: no benchmark data at " + data.toAbsolutePath());
      return ExitCodes.FAILURE;
    }
    out.print(new EntitiesBench(data, Math.max(1, threads)).run());
    out.flush();
    return ExitCodes.OK;
  }
}
