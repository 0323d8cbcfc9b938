package org.parallax.bench.quotes;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.bench.table.Table;

/** Runs every chosen system on every chosen gold set and tabulates the scores. */
public final class QuoteBench {

  /**
   * What to run.
   *
   * @param data the benchmark root ({@code ../shared/bench})
   * @param sets gold sets: {@code seeds}, {@code english}, {@code german-dev}, {@code german-train}
   * @param systems the systems to compare
   * @param germanLimit at most this many German documents per split
   * @param errors whether to print every miss and wrong speaker to the error stream
   */
  public record Options(
      Path data, List<String> sets, List<QuoteSystem> systems, int germanLimit, boolean errors) {}

  private final Options options;
  private final PrintWriter err;

  public QuoteBench(Options options, PrintWriter err) {
    this.options = options;
    this.err = err;
  }

  /** Scores everything; one row per set and system. */
  public Table run() throws IOException {
    Table table =
        Table.of(
            "set",
            "system",
            "gold quotes",
            "with speaker",
            "found %",
            "precision %",
            "F1 %",
            "exact bounds %",
            "speaker acc %",
            "terms left alone",
            "seconds");
    for (String set : options.sets()) {
      List<GoldDoc> docs;
      List<List<int[]>> ignored = new ArrayList<>();
      boolean bySpan = false;
      switch (set) {
        case "seeds" -> docs = SeedsGold.read(options.data());
        case "english" -> docs = InlineGold.english();
        case "german-dev", "german-train" -> {
          GermanGold.Split split =
              GermanGold.read(
                  options.data(), set.substring("german-".length()), options.germanLimit());
          docs = split.docs();
          ignored = split.ignored();
          bySpan = true;
        }
        default -> throw new IllegalArgumentException("unknown set " + set);
      }
      for (QuoteSystem system : options.systems()) {
        Score score = new Score();
        long t0 = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
          GoldDoc doc = docs.get(i);
          List<SystemQuote> found;
          try {
            found = system.quotes(doc);
          } catch (RuntimeException e) {
            err.println(system.name() + " failed on " + doc.name() + ": " + e);
            found = List.of();
          }
          score.add(doc, found, ignored.isEmpty() ? List.of() : ignored.get(i), bySpan);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (options.errors()) {
          score.errors.forEach(e -> err.println(set + " | " + system.name() + " | " + e));
        }
        table.row(
            set,
            system.name(),
            Integer.toString(score.goldSpeech),
            Integer.toString(score.goldWithSpeaker),
            pct(score.found()),
            pct(score.precision()),
            pct(score.f1()),
            pct(score.goldSpeech == 0 ? Double.NaN : (double) score.exact / score.goldSpeech),
            pct(score.speakerAccuracy())
                + " ("
                + score.rightSpeaker
                + "/"
                + score.goldWithSpeaker
                + ")",
            score.termsLeftAlone + "/" + score.goldTerms,
            Table.number(seconds, 1));
      }
    }
    return table;
  }

  private static String pct(double v) {
    return Table.number(v * 100, 1);
  }
}
