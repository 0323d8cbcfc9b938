package org.parallax.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.bench.quotes.CoreNlpQuotes;
import org.parallax.bench.quotes.ParallaxQuotes;
import org.parallax.bench.quotes.QuoteBench;
import org.parallax.bench.quotes.QuoteSystem;
import org.parallax.nlp.Enricher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench quotes}: quotes and speakers against three gold sets, Parallax vs CoreNLP.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Score quotation finding and speaker attribution, Parallax beside CoreNLP's QuoteAnnotator.",
      "Gold sets: the seeds gold, the English Wikinews gold shipped with Parallax, and the German",
      "Wikinews quotation set in DATA/quotes (dev split; train for tuning). Prints one table."
    })
public final class BenchQuotesCommand extends BenchSubcommand {

  @CommandLine.Mixin BenchData bench;

  @Option(
      names = "--sets",
      split = ",",
      defaultValue = "seeds,english,german-dev",
      description =
          "Gold sets: seeds, english, german-dev, german-train (default: ${DEFAULT-VALUE}).")
  List<String> sets;

  @Option(
      names = "--systems",
      split = ",",
      defaultValue = "parallax,parallax-text,corenlp",
      description = {
        "Systems: parallax (the enrichment stage, entities included, then quotes),",
        "parallax-text (quotes from the text alone), corenlp (default: ${DEFAULT-VALUE})."
      })
  List<String> systems;

  @Option(
      names = "--german-limit",
      defaultValue = "2147483647",
      description = "Read at most this many German documents per split.")
  int germanLimit;

  @Option(
      names = "--errors",
      description = "Print every missed quote, extra quote and wrong speaker to standard error.")
  boolean errors;

  @Override
  public Integer call() {
    if (!bench.present(spec)) {
      return ExitCodes.FAILURE;
    }
    for (String s : sets) {
      if (!List.of("seeds", "english", "german-dev", "german-train").contains(s)) {
        return usage("unknown set: " + s + " (seeds, english, german-dev, german-train)");
      }
    }
    List<QuoteSystem> chosen = new ArrayList<>();
    for (String s : systems) {
      switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "parallax" ->
            chosen.add(
                new ParallaxQuotes(
                    "Parallax (Enricher)", a -> Enricher.shared().enrich(a).article()));
        case "parallax-text" -> chosen.add(new ParallaxQuotes("Parallax (text only)", a -> a));
        case "corenlp" -> chosen.add(new CoreNlpQuotes());
        default -> {
          return usage("unknown system: " + s + " (parallax, parallax-text, corenlp)");
        }
      }
    }
    if (germanLimit < 1) {
      return usage("--german-limit must be at least 1");
    }
    try {
      QuoteBench.Options options =
          new QuoteBench.Options(bench.dir(), sets, chosen, germanLimit, errors);
      return print(new QuoteBench(options, err()).run().render());
    } catch (IOException | IllegalArgumentException e) {
      return fail(e);
    }
  }
}
