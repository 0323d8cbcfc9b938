package org.parallax.bench.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The claim labels fixture {@code gold/claims-ecbplus/labels.tsv}. */
final class ClaimLabels {

  static final String RESOURCE = "/gold/claims-ecbplus/labels.tsv";

  private ClaimLabels() {}

  /**
   * One labelled sentence.
   *
   * @param subtopic the ECB+ subtopic
   * @param doc the document id
   * @param sentence the sentence number
   * @param labels claim keys; empty when the document alone states it
   * @param skip whether the sentence is a quotation or a dateline (not scored)
   * @param source {@code hand} or {@code chains}
   */
  record Label(
      String subtopic, String doc, int sentence, Set<String> labels, boolean skip, String source) {}

  static List<Label> read() throws IOException {
    List<Label> out = new ArrayList<>();
    try (InputStream in = ClaimLabels.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.startsWith("subtopic\t") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String l = f[3];
        boolean skip = l.equals("Q") || l.equals("X");
        Set<String> labels = skip || l.equals("-") ? Set.of() : Set.of(l.split("\\|"));
        out.add(new Label(f[0], f[1], Integer.parseInt(f[2]), labels, skip, f[4]));
      }
    }
    return out;
  }
}
