package org.parallax.nlp.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Span;
import org.parallax.nlp.NlpDoc;
import org.parallax.nlp.entities.EntityResolver.Resolved;

/** Groups resolved mentions by canonical id into entities with salience. */
final class Grouping {

  private Grouping() {}

  static EntityResolver.Resolution group(String text, String title, List<Resolved> resolved) {
    Map<String, List<Resolved>> byId = new LinkedHashMap<>();
    List<NlpDoc.Mention> mentions = new ArrayList<>(resolved.size());
    for (Resolved r : resolved) {
      byId.computeIfAbsent(r.id, k -> new ArrayList<>()).add(r);
      Candidate c = r.candidate;
      mentions.add(new NlpDoc.Mention(c.start(), c.end(), c.text(), r.mentionType(), r.id));
    }
    List<Entity> entities = new ArrayList<>(byId.size());
    for (Map.Entry<String, List<Resolved>> e : byId.entrySet()) {
      List<Resolved> rs = e.getValue();
      List<Span> spans = new ArrayList<>(rs.size());
      for (Resolved r : rs) {
        spans.add(Span.of(text, r.candidate.start(), r.candidate.end()));
      }
      boolean inTitle = title != null && inTitle(title, e.getKey(), rs);
      entities.add(
          new Entity(
              e.getKey(),
              e.getKey(),
              type(rs),
              spans,
              new Salience(rs.size(), rs.get(0).candidate.start(), inTitle)));
    }
    return new EntityResolver.Resolution(entities, mentions);
  }

  /** The most frequent type among the mentions; the first one wins a tie. */
  private static String type(List<Resolved> rs) {
    Map<String, Integer> counts = new HashMap<>();
    String best = rs.get(0).type;
    for (Resolved r : rs) {
      int n = counts.merge(r.type, 1, Integer::sum);
      if (n > counts.get(best)) {
        best = r.type;
      }
    }
    return best;
  }

  private static boolean inTitle(String title, String id, List<Resolved> rs) {
    String t = Names.normalizeSpace(title);
    if (containsWord(t, id)) {
      return true;
    }
    for (Resolved r : rs) {
      if (containsWord(t, r.name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsWord(String haystack, String needle) {
    if (needle.isBlank()) {
      return false;
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])")
        .matcher(haystack)
        .find();
  }
}
