package org.parallax.compare.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parallax.compare.HashingEmbedder;
import org.parallax.compare.TestSupport;
import org.parallax.core.model.Article;

/** Writes a report of the seeds and of a hostile story into a folder under target/. */
final class ReportFixture {

  private ReportFixture() {}

  static Path write(Path dir) throws IOException {
    List<Article> seeds = TestSupport.seeds();
    List<Article> hostile = HostileArticles.both();
    HashingEmbedder e = new HashingEmbedder();
    List<StoryReport> stories =
        List.of(
            new StoryReport(
                "US policy on North Korea", TestSupport.compare(e, "seeds", seeds), seeds),
            new StoryReport(
                "Harbour budget " + HostileArticles.SCRIPT,
                TestSupport.compare(e, "hostile", hostile),
                hostile));
    return new ReportWriter().write(dir, stories);
  }
}
