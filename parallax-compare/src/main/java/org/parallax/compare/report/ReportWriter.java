package org.parallax.compare.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.core.compare.ComparedArticle;

/**
 * Writes the static report into a folder: {@code index.html}, {@code story-<id>.html} per story and
 * {@code article-<id>.html} per article. Thread-safe (keeps no state).
 */
public final class ReportWriter {

  /**
   * Writes the report for {@code stories} into {@code dir} (created if missing).
   *
   * @return the path of {@code index.html}
   */
  public Path write(Path dir, List<StoryReport> stories) throws IOException {
    Files.createDirectories(dir);
    for (StoryReport s : stories) {
      String storyId = s.comparison().story();
      write(dir.resolve(Links.story(storyId)), StoryPage.render(s));
      Map<String, String> outletOf = new HashMap<>();
      for (ComparedArticle a : s.comparison().articles()) {
        outletOf.put(a.id(), a.outlet());
      }
      for (var a : s.articles()) {
        write(
            dir.resolve(Links.article(a.id())),
            ArticlePage.render(a, outletOf.getOrDefault(a.id(), a.source()), storyId));
      }
    }
    Path index = dir.resolve("index.html");
    write(index, IndexPage.render(stories));
    return index;
  }

  /** The HTML of one story's page. */
  public String storyPage(StoryReport story) {
    return StoryPage.render(story);
  }

  private static void write(Path file, String html) throws IOException {
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }
}
