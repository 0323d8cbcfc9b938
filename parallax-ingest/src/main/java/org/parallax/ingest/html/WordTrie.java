package org.parallax.ingest.html;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes a set of words as one regex alternation shaped like a prefix tree: {@code
 * ja(?:n(?:uary)?|…)} matches the same words as {@code january|jan|…} but tests each character
 * once.
 */
final class WordTrie {

  private final Map<Character, WordTrie> children = new TreeMap<>();
  private boolean word;

  private WordTrie() {}

  /** A non-capturing regex matching exactly the given words, longer words tried first. */
  static String regex(Collection<String> words) {
    WordTrie root = new WordTrie();
    for (String w : words) {
      WordTrie at = root;
      for (int i = 0; i < w.length(); i++) {
        at = at.children.computeIfAbsent(w.charAt(i), c -> new WordTrie());
      }
      at.word = true;
    }
    return root.write();
  }

  private String write() {
    if (children.isEmpty()) {
      return "";
    }
    StringBuilder alts = new StringBuilder();
    for (Map.Entry<Character, WordTrie> e : children.entrySet()) {
      if (alts.length() > 0) {
        alts.append('|');
      }
      char c = e.getKey();
      alts.append(Character.isLetter(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c)));
      alts.append(e.getValue().write());
    }
    if (word) {
      return "(?:" + alts + ")?";
    }
    return children.size() == 1 ? alts.toString() : "(?:" + alts + ")";
  }
}
