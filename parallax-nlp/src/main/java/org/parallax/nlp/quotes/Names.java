package org.parallax.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Span;
import org.parallax.core.model.Speaker;

/**
 * The names of one article: where they occur, their full forms, and the entity (if any) each
 * occurrence belongs to. Built once per article.
 */
final class Names {

  /**
   * One occurrence of a name in the text.
   *
   * @param np the name phrase
   * @param possessive whether it is written as a possessive ("Biden’s")
   * @param person whether it probably names a person or an organisation that speaks
   * @param subject whether it stands where a subject stands: first in its sentence or before a cue
   * @param human whether it can be "he" or "she": a PERSON entity, or a person-like name
   */
  record Occurrence(Np np, boolean possessive, boolean person, boolean subject, boolean human) {}

  private final List<Entity> entities;
  private final Map<String, String> full = new HashMap<>();
  private final List<Occurrence> occurrences = new ArrayList<>();
  private final Set<String> titledKeys = new java.util.HashSet<>();
  private final Map<String, Integer> counts = new HashMap<>();

  private Names(List<Entity> entities) {
    this.entities = entities;
  }

  /** Indexes the names of {@code text}; occurrences inside {@code quoted} spans are skipped. */
  static Names of(
      String text,
      List<Tok> toks,
      List<Entity> entities,
      List<int[]> quoted,
      java.util.function.IntPredicate sentenceEnd) {
    Names n = new Names(entities);
    int i = 0;
    while (i < toks.size()) {
      Tok w = toks.get(i);
      if (!Phrases.nameLike(w) || inside(quoted, w.start())) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < toks.size() && Phrases.nameLike(toks.get(j + 1))) {
        j++;
      }
      Np np = Phrases.after(text, toks, i, j + 1);
      if (np != null && np.type() == Np.Type.NAME) {
        boolean titled = np.start() > w.start() && titled(toks, i, np.start());
        boolean first =
            i == 0
                || sentenceEnd.test(i - 1)
                || text.substring(toks.get(i - 1).end(), w.start()).contains("\n");
        n.add(np, toks.get(j).possessive(), titled, first || beforeCue(toks, j + 1));
        n.acronym(text, toks, np, j);
        int next = i + 1;
        while (next <= j && toks.get(next).start() < np.end()) {
          next++;
        }
        i = next;
        continue;
      }
      i = j + 1;
    }
    return n;
  }

  private static boolean titled(List<Tok> toks, int i, int nameStart) {
    for (int k = i; k < toks.size() && toks.get(k).start() < nameStart; k++) {
      if (Lexicon.TITLES.contains(toks.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean beforeCue(List<Tok> toks, int k) {
    if (k < toks.size() && toks.get(k).is(",")) {
      for (int m = k + 1; m < toks.size() && m < k + 16; m++) {
        if (toks.get(m).is(",")) {
          k = m + 1;
          break;
        }
      }
    }
    if (k + 1 < toks.size()
        && Set.of("of", "at", "for", "from").contains(toks.get(k).lower())
        && Phrases.nameLike(toks.get(k + 1))) {
      k++;
      while (k < toks.size()
          && (Phrases.nameLike(toks.get(k)) || toks.get(k).lower().equals("and"))) {
        k++;
      }
    }
    while (k < toks.size() && Lexicon.FILLERS.contains(toks.get(k).lower())) {
      k++;
    }
    return k < toks.size()
        && Lexicon.CUES.contains(toks.get(k).lower())
        && !toks.get(k).capitalised();
  }

  /** "Korean Central News Agency (KCNA)": the acronym stands for the full name. */
  private void acronym(String text, List<Tok> toks, Np np, int j) {
    if (j + 3 < toks.size() && toks.get(j + 1).is("(") && toks.get(j + 3).is(")")) {
      String a = toks.get(j + 2).word();
      if (a.length() >= 2 && a.equals(a.toUpperCase(Locale.ROOT)) && np.text().contains(" ")) {
        full.putIfAbsent(key(a), np.text());
      }
    }
  }

  private static boolean inside(List<int[]> quoted, int offset) {
    for (int[] q : quoted) {
      if (q[0] <= offset && offset < q[1]) {
        return true;
      }
    }
    return false;
  }

  private void add(Np np, boolean possessive, boolean titled, boolean subject) {
    String[] words = np.text().split("\\s+");
    String last = key(words[words.length - 1]);
    if (titled) {
      titledKeys.add(last);
    }
    boolean person = titled || titledKeys.contains(last) || looksLikePerson(np, words);
    if (words.length >= 2 && person) {
      int seen = counts.merge(np.text(), 1, Integer::sum);
      String known = full.get(last);
      if (known == null
          || known.split("\\s+").length < words.length
          || known.split("\\s+").length == words.length && seen > counts.getOrDefault(known, 0)) {
        full.put(last, np.text());
      }
    }
    Entity e = entityAt(np.start(), np.end());
    boolean human = e != null ? person(e) : person;
    occurrences.add(new Occurrence(np, possessive, person, subject, human));
  }

  private boolean looksLikePerson(Np np, String[] words) {
    Entity e = entityAt(np.start(), np.end());
    if (e != null) {
      return !e.type().equals("LOCATION")
          && !e.type().equals("COUNTRY")
          && !e.type().equals("CITY")
          && !e.type().equals("STATE_OR_PROVINCE")
          && !e.type().equals("NATIONALITY")
          && !e.type().equals("MISC");
    }
    for (String w : words) {
      String l = w.toLowerCase(Locale.ROOT);
      if (Lexicon.PLACE_WORDS.contains(l) || Lexicon.ORG_WORDS.contains(l)) {
        return false;
      }
    }
    return words.length >= 2 || full.containsKey(key(words[0]));
  }

  private static String key(String word) {
    String w = word;
    if (w.endsWith("’s") || w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w.toLowerCase(Locale.ROOT);
  }

  /** Name occurrences outside quotes, in text order. */
  List<Occurrence> occurrences() {
    return occurrences;
  }

  /** The entity with a mention overlapping {@code [start, end)}, or {@code null}. */
  Entity entityAt(int start, int end) {
    Entity best = null;
    int bestOverlap = 0;
    for (Entity e : entities) {
      for (Span m : e.mentions()) {
        int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
        if (overlap > bestOverlap || overlap > 0 && overlap == bestOverlap && person(e)) {
          best = e;
          bestOverlap = overlap;
        }
      }
    }
    return best;
  }

  private static boolean person(Entity e) {
    return e.type().equals("PERSON");
  }

  /** The full form of a name: "Mohib" becomes "Hamdullah Mohib" when the article has it. */
  String fullName(String name) {
    String[] words = name.split("\\s+");
    String known = full.get(key(words[words.length - 1]));
    if (known != null
        && known.split("\\s+").length > words.length
        && known.endsWith(words[words.length - 1])) {
      return known;
    }
    if (known != null && words.length == 1) {
      return known;
    }
    if (known == null && words.length == 1) {
      String near = nearSurname(key(words[0]));
      if (near != null) {
        return near;
      }
    }
    return name;
  }

  /** The full name whose surname differs from {@code surname} by a typo ("Bauchtman"). */
  private String nearSurname(String surname) {
    if (surname.length() < 5) {
      return null;
    }
    String found = null;
    for (Map.Entry<String, String> e : full.entrySet()) {
      int limit = surname.length() >= 8 ? 2 : 1;
      if (Math.abs(e.getKey().length() - surname.length()) <= limit
          && distance(e.getKey(), surname) <= limit) {
        if (found != null && !found.equals(e.getValue())) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** The speaker a name phrase stands for: its entity where one covers it, else its full name. */
  Speaker speaker(Np np) {
    Entity e = entityAt(np.start(), np.end());
    if (e != null) {
      if (!e.name().contains(" ")) {
        String longer = fullName(e.name());
        for (Entity other : entities) {
          if (other != e && other.name().equals(longer)) {
            return new Speaker(other.id(), other.name());
          }
        }
      }
      return new Speaker(e.id(), e.name());
    }
    String name = fullName(np.text());
    return new Speaker(name, name);
  }
}
