package org.parallax.bench.entities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.parallax.bench.table.Table;
import org.parallax.nlp.NlpDoc;

/**
 * {@code parallax bench entities}: NER on GUM news and cross-document ids on MEANTIME. Prints
 * Markdown tables.
 */
public final class EntitiesBench {

  private final Path data;
  private final int threads;

  /**
   * A benchmark over {@code data} (the {@code ../shared/bench} folder) enriching on {@code threads}
   * threads.
   */
  public EntitiesBench(Path data, int threads) {
    this.data = data;
    this.threads = threads;
  }

  /** Runs both evaluations and returns the report (tables and notes). */
  public String run() throws IOException, InterruptedException {
    StringBuilder out = new StringBuilder();
    Path gum = data.resolve("ner/gum-news");
    if (Files.isDirectory(gum)) {
      out.append(gum(GumNews.read(gum)));
    } else {
      out.append("GUM news not found at ").append(gum).append('\n');
    }
    Path meantime = data.resolve("events/meantime-en");
    if (Files.isDirectory(meantime)) {
      out.append('\n').append(meantime(Meantime.read(meantime)));
    } else {
      out.append("MEANTIME not found at ").append(meantime).append('\n');
    }
    return out.toString();
  }

  private String gum(List<GoldDoc> docs) throws InterruptedException {
    List<List<NlpDoc.Mention>> predicted = Predicted.mentions(docs, threads);
    Table t =
        Table.of(
            "GUM news (" + docs.size() + " docs)",
            "gold",
            "predicted",
            "P strict",
            "R strict",
            "F1 strict",
            "P overlap",
            "R overlap",
            "F1 overlap");
    for (String type : new String[] {"person", "organization", "place", null}) {
      NerScore s = new NerScore(0, 0, 0, 0);
      for (int d = 0; d < docs.size(); d++) {
        s = s.plus(NerScore.of(docs.get(d).mentions(), predicted.get(d), type));
      }
      t.row(
          type == null ? "all" : type,
          Integer.toString(s.gold()),
          Integer.toString(s.predicted()),
          pct(s.precision(true)),
          pct(s.recall(true)),
          pct(s.f1(true)),
          pct(s.precision(false)),
          pct(s.recall(false)),
          pct(s.f1(false)));
    }
    return "NER on GUM news: proper-name mentions of persons, organisations and places\n\n"
        + t.render();
  }

  private String meantime(List<GoldDoc> docs) throws InterruptedException {
    List<List<NlpDoc.Mention>> predicted = Predicted.mentions(docs, threads);
    CrossDocScore s = CrossDocScore.of(docs, predicted);
    Table t = Table.of("MEANTIME cross-document entities (" + docs.size() + " docs)", "value");
    t.row("gold entities named in 2+ documents", Integer.toString(s.entities()));
    t.row("their proper-name mentions", Integer.toString(s.mentions()));
    t.row("mentions found by Parallax", share(s.found(), s.mentions()));
    t.row("entities: every mention found, all one id", share(s.oneId(), s.entities()));
    t.row("entities: one id, and no other entity has it", share(s.exclusive(), s.entities()));
    t.row(
        "entities: found mentions all one id (misses ignored)",
        share(s.oneIdOfFound(), s.entities()));
    StringBuilder out =
        new StringBuilder("Cross-document canonical ids on MEANTIME\n\n").append(t.render());
    out.append("\nSome entities that did not get one id:\n");
    s.examples().forEach(e -> out.append("  ").append(e).append('\n'));
    return out.toString();
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "–" : Table.number(100 * v, 1) + "%";
  }

  private static String share(int n, int of) {
    return String.format(
        Locale.ROOT, "%d / %d (%s)", n, of, pct(of == 0 ? Double.NaN : (double) n / of));
  }
}
