package org.parallax.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.bench.table.Table;

class SearchBenchTest {

  @TempDir Path dir;

  @Test
  void ingestsTheArticlesAndTimesEveryKindOfQuery() throws Exception {
    SearchBench.Options o = new SearchBench.Options(dir.resolve("c"), 300, 100, 3, true, 1);
    List<Table> tables = new SearchBench(o, new PrintWriter(new StringWriter())).run();
    String ingest = tables.get(0).render();
    assertTrue(ingest.matches("(?s).*\\| ingest \\(with 256-d vectors\\) +\\| 300 .*"), ingest);
    assertTrue(ingest.contains("unchanged: 100"), ingest);
    String latency = tables.get(1).render();
    // one row per kind of query plus "all", each with 3 timed queries
    assertEquals(11, tables.get(1).size(), latency);
    assertTrue(latency.contains("| all "), latency);
    assertTrue(latency.matches("(?s).*\\| similar \\(KNN, k=10\\) +\\| 3 .*"), latency);

    // a second run reuses the kept corpus
    String again = new SearchBench(o, new PrintWriter(new StringWriter())).run().get(0).render();
    assertTrue(again.matches("(?s).*\\| reuse existing corpus +\\| 300 .*"), again);
  }
}
