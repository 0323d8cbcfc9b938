package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
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
public final class BenchSyndicationCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin BenchData bench;

  @Option(
      names = "--originals",
      defaultValue = "300",
      description = "Originals in the generated set (default: ${DEFAULT-VALUE}).")
  int originals;

  @Override
  public Integer call() {
    if (!bench.present(spec)) {
      return ExitCodes.FAILURE;
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      out.print(new SyndicationBench(bench.dir(), originals, err).run().render());
      out.flush();
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println("bench syndication: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
  }
}
