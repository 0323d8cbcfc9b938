package org.parallax.cli;

import java.io.IOException;
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
public final class BenchEntitiesCommand extends BenchSubcommand {

  @CommandLine.Mixin BenchData bench;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Enrichment threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (!bench.present(spec)) {
      return ExitCodes.FAILURE;
    }
    return print(new EntitiesBench(bench.dir(), Math.max(1, threads)).run());
  }
}
