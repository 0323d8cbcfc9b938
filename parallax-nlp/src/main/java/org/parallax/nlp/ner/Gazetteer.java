package org.parallax.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes the trimmed fine-grained gazetteer: CoreNLP's KBP {@code regexner_caseless.tab} reduced to
 * the types Parallax needs ({@code COUNTRY}, {@code NATIONALITY}), in a temporary file deleted on
 * exit. This keeps the NER heap near 1 GB instead of 3.8 GB.
 */
final class Gazetteer {

  static final String SOURCE =
      "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final Set<String> KEPT = Set.of("COUNTRY", "NATIONALITY");

  private Gazetteer() {}

  /** The path of the trimmed gazetteer file. */
  static Path writeTrimmed() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(SOURCE)) {
      if (in == null) {
        throw new IOException("CoreNLP models jar is not on the classpath: " + SOURCE);
      }
      Path out = Files.createTempFile("parallax-regexner-", ".tab");
      out.toFile().deleteOnExit();
      try (BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
          Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] cols = line.split("\t", -1);
          if (cols.length >= 2 && KEPT.contains(cols[1])) {
            w.write(line);
            w.write('\n');
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the trimmed gazetteer", e);
    }
  }
}
