package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.bench.extraction.BenchSet;
import org.parallax.bench.extraction.BoilerpipeTool;
import org.parallax.bench.extraction.ExtractionBench;
import org.parallax.bench.extraction.ExtractionTool;
import org.parallax.bench.extraction.ParallaxTool;
import org.parallax.bench.extraction.ReadabilityTool;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax bench extraction}: main text and metadata against the public gold sets. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Score HTML main-text and metadata extraction on the public sets in DATA/extraction",
      "(Scrapinghub AEB, trafilatura eval, htmldate, WCXB articles), with boilerpipe and",
      "readability4j as peers, and time every tool: before each set every tool gets an",
      "untimed warm-up on 300 of its pages, then the tools take turns on 100-page chunks in",
      "a rotating order. Prints one Markdown table."
    })
public final class BenchExtractionCommand extends BenchSubcommand {

  @CommandLine.Mixin BenchData bench;

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "1,2",
      description =
          "Thread counts to time; quality is scored on the first (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(
      names = "--limit",
      defaultValue = "2147483647",
      description = "Read at most this many pages per set.")
  int limit;

  @Option(
      names = "--sets",
      split = ",",
      defaultValue = "aeb,trafilatura,htmldate,wcxb",
      description = "Sets to run (default: ${DEFAULT-VALUE}).")
  List<String> sets;

  @Option(
      names = "--tools",
      split = ",",
      defaultValue = "parallax,boilerpipe,readability",
      description = "Tools to run (default: ${DEFAULT-VALUE}).")
  List<String> tools;

  @Override
  public Integer call() throws InterruptedException {
    if (!bench.present(spec)) {
      return ExitCodes.FAILURE;
    }
    List<BenchSet> chosenSets = new ArrayList<>();
    for (String s : sets) {
      try {
        chosenSets.add(BenchSet.valueOf(s.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        return usage("unknown set: " + s + " (aeb, trafilatura, htmldate, wcxb)");
      }
    }
    List<ExtractionTool> chosenTools = new ArrayList<>();
    for (String t : tools) {
      switch (t.strip().toLowerCase(Locale.ROOT)) {
        case "parallax" -> chosenTools.add(new ParallaxTool());
        case "boilerpipe" -> chosenTools.add(new BoilerpipeTool());
        case "readability" -> chosenTools.add(new ReadabilityTool());
        default -> {
          return usage("unknown tool: " + t + " (parallax, boilerpipe, readability)");
        }
      }
    }
    if (threads.isEmpty() || threads.stream().anyMatch(n -> n < 1) || limit < 1) {
      return usage("--threads values and --limit must be at least 1");
    }
    ExtractionBench.Options options =
        new ExtractionBench.Options(bench.dir(), threads, limit, chosenSets, chosenTools);
    try {
      return print(new ExtractionBench(options, err()).run().render());
    } catch (java.io.IOException e) {
      return fail(e);
    }
  }
}
