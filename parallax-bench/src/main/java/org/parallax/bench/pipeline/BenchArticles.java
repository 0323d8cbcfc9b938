package org.parallax.bench.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Generates news-like text dumps of a target length from the GUM news texts. */
final class BenchArticles {

  private BenchArticles() {}

  /** The paragraphs of every GUM news document (sentences of {@code # text =} lines). */
  static List<String> paragraphs(Path gumNews) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(gumNews.resolve("conllu"))) {
      files = s.filter(p -> p.toString().endsWith(".conllu")).sorted().toList();
    }
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      StringBuilder para = new StringBuilder();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.startsWith("# newpar")
            && !line.startsWith("# newpar_block")
            && para.length() > 0) {
          out.add(para.toString());
          para.setLength(0);
        } else if (line.startsWith("# text = ")) {
          if (para.length() > 0) {
            para.append(' ');
          }
          para.append(line.substring(9).strip());
        }
      }
      if (para.length() > 0) {
        out.add(para.toString());
      }
    }
    return out;
  }

  /**
   * Writes {@code count} articles of at least {@code words} words into {@code dir}; returns their
   * paths.
   */
  static List<Path> write(List<String> paragraphs, int count, int words, Path dir)
      throws IOException {
    List<Path> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < count; i++) {
      StringBuilder body = new StringBuilder();
      int n = 0;
      int k = start;
      while (n < words) {
        String p = paragraphs.get(k % paragraphs.size());
        body.append(p).append("\n\n");
        n += p.split("\\s+").length;
        k++;
      }
      start += 7;
      String title = paragraphs.get(start % paragraphs.size()).split("[.!?]")[0];
      String text =
          String.format(
              Locale.ROOT,
              "# %s%n%nBench Writer%n%n%d May 2021%n%n%s",
              title.length() > 90 ? title.substring(0, 90) : title,
              1 + i % 28,
              body);
      Path f = dir.resolve(String.format(Locale.ROOT, "article-%04d.txt", i));
      Files.writeString(f, text, StandardCharsets.UTF_8);
      out.add(f);
    }
    return out;
  }
}
