package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.json.Json;
import org.parallax.store.query.Filters;
import org.parallax.store.query.QuoteQuery;

/**
 * Kills a real ingesting process with SIGKILL at random points, restarts it, and checks that the
 * final corpus equals that of an uninterrupted run. Replay a failure with {@code
 * -Dcrash.seed=SEED}.
 */
class CrashSafetyTest {

  static final int TOTAL = 5000;
  static final int BATCH = 100;
  static final int KILLS = 4;

  @TempDir Path tmp;

  @Test
  void killedIngestsResumeWithoutLossOrDuplicates() throws Exception {
    long seed = Long.getLong("crash.seed", System.nanoTime());
    String why = "seed " + seed;
    Random random = new Random(seed);

    Path reference = tmp.resolve("reference");
    CrashIngestMain.run(reference, TOTAL, BATCH, new PrintStream(PrintStream.nullOutputStream()));
    Snapshot expected = Snapshot.of(reference, true);
    assertEquals(TOTAL, expected.articles().size(), why);
    assertEquals(TOTAL, expected.count(), why);

    Path crashed = tmp.resolve("crashed");
    int lastCommitted = 0;
    int kills = 0;
    for (int round = 0; round < KILLS; round++) {
      int waitFor = 1 + random.nextInt(8);
      Process p = start(crashed);
      int committed = readCommits(p, waitFor);
      if (committed < TOTAL && p.isAlive()) {
        Thread.sleep(random.nextInt(40));
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close
        kills++;
      }
      p.waitFor(60, TimeUnit.SECONDS);
      Snapshot mid = Snapshot.of(crashed, false);
      int next = Integer.parseInt(mid.checkpoint().getOrDefault(CrashIngestMain.NEXT, "0"));
      assertEquals(next, mid.articles().size(), why + ": every committed article is there");
      assertTrue(mid.articles().containsKey(id(next - 1)) || next == 0, why);
      assertTrue(next >= lastCommitted, why + ": a kill never undoes a commit");
      assertEquals(next, mid.count(), why + ": nothing uncommitted, no duplicate documents");
      lastCommitted = next;
    }
    assertTrue(kills >= 1, why + ": at least one run was killed mid-ingest");

    Process last = start(crashed);
    readCommits(last, Integer.MAX_VALUE);
    assertTrue(last.waitFor(120, TimeUnit.SECONDS), why);
    assertEquals(0, last.exitValue(), why);
    assertEquals(expected, Snapshot.of(crashed, true), why);
  }

  private static Process start(Path dir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            CrashIngestMain.class.getName(),
            dir.toString(),
            Integer.toString(TOTAL),
            Integer.toString(BATCH))
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the child's output until it reports {@code n} commits or ends; the last commit seen. */
  private static int readCommits(Process p, int n) throws IOException {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    int seen = 0;
    int last = 0;
    String line;
    while (seen < n && (line = r.readLine()) != null) {
      if (line.startsWith("committed ")) {
        seen++;
        last = Integer.parseInt(line.substring("committed ".length()));
      }
    }
    return last;
  }

  /** The id of generated article {@code i}. */
  static String id(int i) {
    return CrashIngestMain.article(i).id();
  }

  /** What a corpus holds: which generated articles, its counts and its checkpoint. */
  record Snapshot(
      Map<String, String> articles, long count, long quotes, Map<String, String> checkpoint) {

    /** Which of the generated articles are present; with their JSON when {@code full}. */
    static Snapshot of(Path dir, boolean full) throws IOException {
      try (Corpus c = Corpus.open(dir, CorpusConfig.defaults().asReadOnly())) {
        Map<String, String> articles = new TreeMap<>();
        for (int i = 0; i < TOTAL; i++) {
          String id = id(i);
          if (full) {
            c.article(id).ifPresent(a -> articles.put(id, Json.write(a)));
          } else if (c.contains(id)) {
            articles.put(id, "");
          }
        }
        long quotes = c.quotes(new QuoteQuery("", null, Filters.none(), 0, 1)).total();
        return new Snapshot(articles, c.articleCount(), quotes, c.checkpoint());
      }
    }
  }
}
