package org.parallax.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.nlp.NlpDoc.Token;

/**
 * Finds alias-table names in a text (countries, demonyms, capitals, agencies) that the tagger may
 * have missed or mis-bounded ("US-North Korea"). Tokens are also split at hyphens and slashes, and
 * the longest capitalised match wins. Person short names are not scanned.
 */
final class AliasScanner {

  private final AliasTable table;

  AliasScanner(AliasTable table) {
    this.table = table;
  }

  List<Candidate> scan(String text, List<Token> tokens) {
    List<int[]> parts = subTokens(text, tokens);
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < parts.size()) {
      int matched = 0;
      if (Character.isUpperCase(text.charAt(parts.get(i)[0]))) {
        int maxJ = Math.min(parts.size(), i + table.maxWords());
        for (int j = maxJ - 1; j >= i && matched == 0; j--) {
          int start = parts.get(i)[0];
          int end = parts.get(j)[1];
          String surface = text.substring(start, end);
          Optional<Alias> alias = table.lookup(surface);
          if (alias.isPresent() && alias.get().kind() != Alias.Kind.SURNAME) {
            if (!"ORGANIZATION".equals(alias.get().type()) && surface.matches("(?i)the\\s.*")) {
              start = parts.get(i + 1)[0]; // "the Pyongyang regime": the article is not the name
              surface = text.substring(start, end);
            }
            out.add(new Candidate(start, end, surface, alias.get().type(), alias.get()));
            matched = j - i + 1;
          }
        }
      }
      i += Math.max(1, matched);
    }
    return out;
  }

  /** Token ranges, with tokens further split after hyphens, slashes and before possessives. */
  private static List<int[]> subTokens(String text, List<Token> tokens) {
    List<int[]> out = new ArrayList<>(tokens.size() + 16);
    for (Token t : tokens) {
      int s = t.start();
      for (int k = t.start(); k < t.end(); k++) {
        char c = text.charAt(k);
        if (c == '-' || c == '/' || c == '\u2013') {
          if (k > s) {
            out.add(new int[] {s, k});
          }
          s = k + 1;
        } else if ((c == '\'' || c == '\u2019') && k > s && k + 2 >= t.end()) {
          out.add(new int[] {s, k});
          s = t.end();
          break;
        }
      }
      if (s < t.end()) {
        out.add(new int[] {s, t.end()});
      }
    }
    return out;
  }
}
