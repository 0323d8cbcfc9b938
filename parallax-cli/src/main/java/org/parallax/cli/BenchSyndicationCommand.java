package org.parallax.cli;

import org.parallax.bench.syndication.SyndicationBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax bench syndication}: syndication families against silver and generated gold. */
@Command(
    name = "syndication",
    mixinStandardHelpOptions = true,
    description = {
      "Score syndication families against ECB+'s near-duplicate pairs (silver; disagreements",
      "go to stderr) and against a labelled set generated from ECB+ texts with realistic",
      "edits, for MinHash/LSH alone and the final method. Prints a Markdown table."
    })
public final class BenchSyndicationCommand extends BenchSubcommand {

  @CommandLine.Mixin BenchData bench;

  @Option(
      names = "--originals",
      defaultValue = "300",
      description = "Originals in the generated set (default: ${DEFAULT-VALUE}).")
  int originals;

  @Override
  public Integer call() {
    return runOn(bench, () -> new SyndicationBench(bench.dir(), originals, err()).run().render());
  }
}
