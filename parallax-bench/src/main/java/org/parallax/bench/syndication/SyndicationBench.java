package org.parallax.bench.syndication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.bench.stories.EcbDoc;
import org.parallax.bench.stories.EcbPlus;
import org.parallax.bench.table.Table;
import org.parallax.core.model.Article;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.SyndicationFamily;
import org.parallax.group.syndication.SyndicationConfig;
import org.parallax.group.syndication.SyndicationDetector;

/**
 * Scores syndication detection: linked pairs against ECB+'s silver near-duplicate pairs (the
 * disagreements are logged), and family pairs against the generated set, for MinHash/LSH alone and
 * for the final method.
 */
public final class SyndicationBench {

  private final Path data;
  private final int originals;
  private final PrintWriter log;

  /** A bench on {@code data} generating {@code originals} originals. */
  public SyndicationBench(Path data, int originals, PrintWriter log) {
    this.data = data;
    this.originals = originals;
    this.log = log;
  }

  /** Runs the bench and returns the table. */
  public Table run() throws IOException {
    List<EcbDoc> docs = EcbPlus.load(data);
    Set<String> silver = silver(EcbPlus.folder(data).resolve("near_duplicate_pairs.tsv"));
    Set<String> inSilver = new HashSet<>();
    silver.forEach(p -> inSilver.addAll(List.of(p.split("\t"))));
    GeneratedSet generated = GeneratedSet.generate(docs, inSilver, originals, 2013);
    log.printf(
        Locale.ROOT,
        "generated: %d articles, %d in families, edits %s%n",
        generated.articles().size(),
        generated.familyOf().size(),
        generated.edits());
    Table t =
        Table.of("set", "method", "articles", "gold pairs", "P", "R", "F1", "families", "seconds");
    List<Article> ecb = docs.stream().map(EcbDoc::article).toList();
    Set<String> generatedGold = familyPairs(generated.familyOf());
    for (boolean finalMethod : new boolean[] {false, true}) {
      SyndicationConfig config =
          finalMethod ? SyndicationConfig.defaults() : SyndicationConfig.minHashOnly();
      String name =
          finalMethod ? "Parallax (LSH text+lead, exact containment)" : "MinHash/LSH alone";
      SyndicationDetector detector = new SyndicationDetector(config, SourceRegistry.defaults());

      long t0 = System.nanoTime();
      List<SyndicationDetector.Link> links = detector.links(ecb);
      double secs = (System.nanoTime() - t0) / 1e9;
      Set<String> predicted = new HashSet<>();
      for (SyndicationDetector.Link l : links) {
        predicted.add(key(ecb.get(l.a()).id(), ecb.get(l.b()).id()));
      }
      row(
          t,
          "ECB+ silver (linked pairs)",
          name,
          ecb.size(),
          silver,
          predicted,
          detector.families(ecb, links).size(),
          secs);
      if (finalMethod) {
        logDisagreements(silver, predicted);
      }

      t0 = System.nanoTime();
      List<SyndicationFamily> fams = detector.families(generated.articles());
      secs = (System.nanoTime() - t0) / 1e9;
      Map<String, String> pred = new HashMap<>();
      for (SyndicationFamily f : fams) {
        f.members().forEach(m -> pred.put(m, f.id()));
      }
      row(
          t,
          "generated (family pairs)",
          name,
          generated.articles().size(),
          generatedGold,
          familyPairs(pred),
          fams.size(),
          secs);
    }
    return t;
  }

  private static void row(
      Table t,
      String set,
      String method,
      int articles,
      Set<String> gold,
      Set<String> predicted,
      int families,
      double secs) {
    long tp = predicted.stream().filter(gold::contains).count();
    double p = predicted.isEmpty() ? 1 : tp / (double) predicted.size();
    double r = gold.isEmpty() ? 1 : tp / (double) gold.size();
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    t.row(
        set,
        method,
        Integer.toString(articles),
        Integer.toString(gold.size()),
        Table.number(p, 3),
        Table.number(r, 3),
        Table.number(f, 3),
        Integer.toString(families),
        Table.number(secs, 2));
  }

  private void logDisagreements(Set<String> silver, Set<String> predicted) {
    for (String p : silver) {
      if (!predicted.contains(p)) {
        log.println("silver pair not linked: " + p.replace('\t', ' '));
      }
    }
    for (String p : predicted) {
      if (!silver.contains(p)) {
        log.println("linked pair not in silver: " + p.replace('\t', ' '));
      }
    }
    log.flush();
  }

  private void logMixed(List<SyndicationFamily> fams, Map<String, String> gold) {
    for (SyndicationFamily f : fams) {
      Set<String> g = new HashSet<>();
      f.members().forEach(m -> g.add(gold.getOrDefault(m, "none:" + m)));
      if (g.size() > 1) {
        log.println(
            "generated family mixes "
                + g
                + ": "
                + f.evidence().stream()
                    .map(
                        e ->
                            String.format(
                                Locale.ROOT,
                                "%s~%s r=%.2f c=%.2f",
                                e.article(),
                                e.other(),
                                e.resemblance(),
                                e.containment()))
                    .toList());
      }
    }
    log.flush();
  }

  /** Every unordered pair of members of the same family. */
  static Set<String> familyPairs(Map<String, String> familyOf) {
    Map<String, List<String>> groups = new HashMap<>();
    familyOf.forEach((a, f) -> groups.computeIfAbsent(f, k -> new ArrayList<>()).add(a));
    Set<String> out = new HashSet<>();
    for (List<String> g : groups.values()) {
      for (int i = 0; i < g.size(); i++) {
        for (int j = i + 1; j < g.size(); j++) {
          out.add(key(g.get(i), g.get(j)));
        }
      }
    }
    return out;
  }

  static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
  }

  private static Set<String> silver(Path file) throws IOException {
    Set<String> out = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length >= 2) {
          out.add(key(f[0], f[1]));
        }
      }
    }
    return out;
  }
}
