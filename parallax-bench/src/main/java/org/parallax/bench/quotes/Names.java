package org.parallax.bench.quotes;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Speaker-name comparison used by the scorer. */
final class Names {

  private Names() {}

  static List<String> words(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    n = n.toLowerCase(Locale.ROOT).replace("u.s.", "us").replaceAll("[^\\p{L}\\p{Nd} ]", " ");
    return Arrays.stream(n.strip().split("\\s+"))
        .filter(w -> !w.isEmpty() && !w.equals("the"))
        .toList();
  }

  /** Whether a system speaker matches the gold speaker. */
  static boolean same(String gold, boolean goldAnonymous, String system, boolean systemAnonymous) {
    if (gold == null || system == null) {
      return false;
    }
    List<String> g = words(gold);
    List<String> s = words(system);
    if (g.isEmpty() || s.isEmpty()) {
      return false;
    }
    if (goldAnonymous || systemAnonymous) {
      return goldAnonymous == systemAnonymous && singular(last(g)).equals(singular(last(s)));
    }
    if (g.equals(s)) {
      return true;
    }
    return last(g).equals(last(s)) && (g.containsAll(s) || s.containsAll(g));
  }

  private static String last(List<String> w) {
    return w.get(w.size() - 1);
  }

  private static String singular(String w) {
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }
}
