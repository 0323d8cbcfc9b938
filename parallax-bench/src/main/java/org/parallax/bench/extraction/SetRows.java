package org.parallax.bench.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parallax.bench.table.Table;

/** Scores one set's tool runs and adds the set's rows to the table. */
final class SetRows {

  private SetRows() {}

  static void add(
      Table table, BenchSet set, List<GoldPage> pages, Map<ExtractionTool, ToolRun> runs) {
    String n = String.valueOf(pages.size());
    switch (set) {
      case AEB -> {
        for (var e : runs.entrySet()) {
          List<ShingleScore> s = new ArrayList<>();
          for (int i = 0; i < pages.size(); i++) {
            s.add(ShingleScore.of(pages.get(i).body(), e.getValue().outputs().get(i).text()));
          }
          row(
              table,
              set,
              n,
              "shingle F1",
              e.getKey(),
              prf(ShingleScore.summarise(s)),
              target(e.getKey(), "≥ 0.96"),
              "trafilatura 0.958, rs_trafilatura 0.970");
        }
      }
      case TRAFILATURA -> {
        for (var e : runs.entrySet()) {
          List<SegmentScore> s = new ArrayList<>();
          for (int i = 0; i < pages.size(); i++) {
            GoldPage g = pages.get(i);
            s.add(SegmentScore.of(g.with(), g.without(), e.getValue().outputs().get(i).text()));
          }
          row(
              table,
              set,
              n,
              "segment F1",
              e.getKey(),
              prf(SegmentScore.summarise(s)),
              target(e.getKey(), "≥ 0.92"),
              "trafilatura 2.2.0 0.924");
        }
        metadataRows(table, set, pages, runs);
      }
      case HTMLDATE -> dateRows(table, set, pages, runs, "≥ 0.90", "htmldate 0.903");
      case WCXB -> {
        for (var e : runs.entrySet()) {
          List<WordScore> s = new ArrayList<>();
          for (int i = 0; i < pages.size(); i++) {
            s.add(WordScore.of(pages.get(i).body(), e.getValue().outputs().get(i).text()));
          }
          row(
              table,
              set,
              n,
              "word F1 (mean)",
              e.getKey(),
              prf(WordScore.summarise(s)),
              target(e.getKey(), "≥ 0.93"),
              "trafilatura 0.926 (dev articles)");
        }
        metadataRows(table, set, pages, runs);
      }
    }
  }

  private static void metadataRows(
      Table table, BenchSet set, List<GoldPage> pages, Map<ExtractionTool, ToolRun> runs) {
    exactRows(
        table,
        set,
        pages,
        runs,
        "title exact match",
        GoldPage::title,
        Extraction::title,
        t -> true);
    exactRows(
        table,
        set,
        pages,
        runs,
        "author exact match",
        GoldPage::author,
        x -> ExactMatch.authors(x.authors()),
        ExtractionTool::givesAuthors);
    dateRows(table, set, pages, runs, "", "");
  }

  private static void exactRows(
      Table table,
      BenchSet set,
      List<GoldPage> pages,
      Map<ExtractionTool, ToolRun> runs,
      String metric,
      Function<GoldPage, String> gold,
      Function<Extraction, String> output,
      Predicate<ExtractionTool> gives) {
    for (var e : runs.entrySet()) {
      int total = 0;
      int hits = 0;
      for (int i = 0; i < pages.size(); i++) {
        String g = gold.apply(pages.get(i));
        if (g != null) {
          total++;
          hits += ExactMatch.matches(g, output.apply(e.getValue().outputs().get(i))) ? 1 : 0;
        }
      }
      String score = gives.test(e.getKey()) ? ratio(hits, total) : null;
      row(table, set, String.valueOf(total), metric, e.getKey(), score, "", "");
    }
  }

  private static void dateRows(
      Table table,
      BenchSet set,
      List<GoldPage> pages,
      Map<ExtractionTool, ToolRun> runs,
      String target,
      String published) {
    for (var e : runs.entrySet()) {
      List<DateScore> s = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).date() != null) {
          s.add(DateScore.of(pages.get(i).date(), e.getValue().outputs().get(i).date()));
        }
      }
      String score = null;
      if (e.getKey().givesDates()) {
        Scores sc = DateScore.summarise(s);
        score =
            Table.number(sc.accuracy(), 3)
                + " (P "
                + Table.number(sc.precision(), 3)
                + " R "
                + Table.number(sc.recall(), 3)
                + ")";
      }
      row(
          table,
          set,
          String.valueOf(s.size()),
          "date accuracy",
          e.getKey(),
          score,
          target(e.getKey(), target),
          published);
    }
  }

  private static void row(
      Table table,
      BenchSet set,
      String n,
      String metric,
      ExtractionTool tool,
      String score,
      String target,
      String published) {
    table.row(set.label(), n, metric, tool.name(), score, target, published);
  }

  private static String target(ExtractionTool tool, String target) {
    return tool instanceof ParallaxTool ? target : "";
  }

  static String prf(Scores s) {
    return Table.number(s.f1(), 3)
        + " (P "
        + Table.number(s.precision(), 3)
        + " R "
        + Table.number(s.recall(), 3)
        + ")";
  }

  private static String ratio(int hits, int total) {
    return total == 0
        ? null
        : Table.number((double) hits / total, 3) + " (" + hits + "/" + total + ")";
  }
}
