package org.parallax.bench.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Span;

/**
 * A crude stand-in for the Enricher's entities: runs of capitalised words that do not open a line,
 * each run's text as its id. The stories benchmark uses it with {@code --entities proxy} (the
 * default is the Enricher, see {@link EnrichedEntities}); it has no canonical ids (so {@code Lohan}
 * and {@code Lindsay Lohan} are two entities).
 */
final class ProperNouns {

  private static final Pattern RUN =
      Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*)*");
  private static final Set<String> SKIP =
      Set.of(
          "The",
          "A",
          "An",
          "He",
          "She",
          "It",
          "In",
          "On",
          "At",
          "But",
          "And",
          "I",
          "We",
          "They",
          "This",
          "That",
          "His",
          "Her",
          "Their",
          "Mr",
          "Mrs",
          "Ms",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  private ProperNouns() {}

  static List<Entity> entities(Article a) {
    String text = a.text();
    Map<String, List<Span>> found = new LinkedHashMap<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      int start = m.start();
      boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
      String phrase = m.group();
      String[] words = phrase.split("\\s+");
      if (lineStart && words.length == 1) {
        continue;
      }
      List<String> kept = new ArrayList<>();
      for (String w : words) {
        if (!SKIP.contains(w)) {
          kept.add(w);
        }
      }
      if (kept.isEmpty() || String.join("", kept).length() < 3) {
        continue;
      }
      found
          .computeIfAbsent(String.join(" ", kept), k -> new ArrayList<>())
          .add(Span.of(text, start, m.end()));
    }
    List<Entity> out = new ArrayList<>();
    String title = a.title() == null ? "" : a.title();
    for (Map.Entry<String, List<Span>> e : found.entrySet()) {
      out.add(
          new Entity(
              e.getKey(),
              e.getKey(),
              "PROPER",
              e.getValue(),
              new Salience(
                  e.getValue().size(), e.getValue().get(0).start(), title.contains(e.getKey()))));
    }
    return out;
  }
}
