package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.parallax.bench.claims.CachingEmbedder;
import org.parallax.bench.claims.ClaimsBench;
import org.parallax.bench.claims.CompareTiming;
import org.parallax.bench.claims.Scores;
import org.parallax.bench.table.Table;
import org.parallax.compare.claims.AlignmentWeights;
import org.parallax.group.embed.MiniLmEmbedder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench claims}: claim alignment on labelled ECB+ events, and compare/report speed.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Score the claims map on ECB+ subtopics labelled in gold/claims-ecbplus (texts from",
      "DATA/events/ecbplus): pairwise precision/recall of shared claims and per-sentence",
      "precision/recall of unique claims, with and without ECB+'s entity chains as canonical",
      "entities. Then time the comparison of a 50-article story and the rendering of a",
      "1,000-story report. Prints Markdown tables."
    })
public final class BenchClaimsCommand extends BenchSubcommand {

  @CommandLine.Mixin BenchData bench;

  @Option(
      names = "--thresholds",
      split = ",",
      defaultValue = "0.7",
      description = "Alignment thresholds to score (default: ${DEFAULT-VALUE}).")
  double[] thresholds;

  @Option(names = "--no-timing", description = "Skip the throughput measurements.")
  boolean noTiming;

  @Override
  public Integer call() {
    if (!bench.present(spec)) {
      return ExitCodes.FAILURE;
    }
    PrintWriter out = out();
    try (MiniLmEmbedder model = MiniLmEmbedder.load(MiniLmEmbedder.Device.AUTO)) {
      CachingEmbedder embedder = new CachingEmbedder(model);
      Table t =
          Table.of(
              "subtopic",
              "labels",
              "entities",
              "threshold",
              "docs",
              "sentences",
              "shared P",
              "shared R",
              "shared F1",
              "unique P",
              "unique R",
              "unique F1");
      for (double threshold : thresholds) {
        for (boolean entities : new boolean[] {false, true}) {
          AlignmentWeights w = AlignmentWeights.defaults().withThreshold(threshold);
          Scores hs = new Scores(0, 0, 0);
          Scores hu = new Scores(0, 0, 0);
          for (ClaimsBench.Result r : ClaimsBench.run(bench.dir(), embedder, w, entities)) {
            row(
                t,
                r.subtopic(),
                r.source(),
                entities,
                threshold,
                r.docs(),
                r.sentences(),
                r.shared(),
                r.unique());
            if (r.source().equals("hand")) {
              hs = hs.plus(r.shared());
              hu = hu.plus(r.unique());
            }
          }
          row(t, "all hand-labelled", "hand", entities, threshold, 0, 0, hs, hu);
        }
      }
      out.println("Claim alignment on ECB+ (" + model.model() + ", " + model.provider() + ")");
      out.println();
      out.print(t.render());
      out.flush();
      if (!noTiming) {
        Table s = timing(CompareTiming.run(bench.dir(), model, 50, 1000));
        out.println();
        out.print(s.render());
        out.flush();
      }
      return ExitCodes.OK;
    } catch (IOException | RuntimeException e) {
      return fail(e);
    }
  }

  /** The speed of comparing one story and rendering the report. */
  private static Table timing(CompareTiming.Result r) {
    Table s = Table.of("measure", "size", "wall time", "rate");
    s.row(
        "compare one story",
        r.articles() + " articles, " + r.sentences() + " sentences",
        r.compareMillis() + " ms",
        String.format(
            Locale.ROOT,
            "%.0f sentences/s",
            r.sentences() * 1000.0 / Math.max(1, r.compareMillis())));
    s.row(
        "render the report",
        r.stories()
            + " stories, "
            + r.pages()
            + " pages, "
            + String.format(Locale.ROOT, "%.1f MB", r.megabytes()),
        r.renderMillis() + " ms",
        String.format(
            Locale.ROOT, "%.0f stories/s", r.stories() * 1000.0 / Math.max(1, r.renderMillis())));
    return s;
  }

  private static void row(
      Table t,
      String name,
      String source,
      boolean entities,
      double threshold,
      int docs,
      int sentences,
      Scores shared,
      Scores unique) {
    t.row(
        name,
        source,
        entities ? "ECB+ chains" : "none",
        Table.number(threshold, 2),
        docs == 0 ? "" : Integer.toString(docs),
        sentences == 0 ? "" : Integer.toString(sentences),
        Table.number(shared.precision(), 3),
        Table.number(shared.recall(), 3),
        Table.number(shared.f1(), 3),
        Table.number(unique.precision(), 3),
        Table.number(unique.recall(), 3),
        Table.number(unique.f1(), 3));
  }
}
