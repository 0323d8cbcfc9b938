package org.parallax.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.nlp.entities.EntityResolver.Resolved;

/**
 * Within-article person coreference: a short name ("Biden", "Kwon", "Kim") takes the id of a full
 * name in the same article that ends or starts with it, the nearest one before it, else the first
 * one after it; failing that, a surname known to the alias table; failing that, itself.
 */
final class PersonLinker {

  private PersonLinker() {}

  static void link(List<Resolved> mentions, AliasTable aliases) {
    List<Resolved> full = new ArrayList<>();
    for (Resolved r : mentions) {
      if ("PERSON".equals(r.type) && r.name.contains(" ")) {
        full.add(r);
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      Resolved r = mentions.get(i);
      if (!"PERSON".equals(r.type) || r.name.contains(" ")) {
        continue;
      }
      Optional<Resolved> match = nearestFullName(r, full);
      if (match.isPresent()) {
        r.id = match.get().id;
      } else if (r.surname != null) {
        r.id = r.surname.id();
      }
    }
  }

  private static Optional<Resolved> nearestFullName(Resolved shortName, List<Resolved> full) {
    Resolved before = null;
    Resolved after = null;
    for (Resolved f : full) {
      if (!sharesEdgeWord(f.name, shortName.name)) {
        continue;
      }
      if (f.candidate.start() < shortName.candidate.start()) {
        before = f;
      } else if (after == null) {
        after = f;
      }
    }
    return Optional.ofNullable(before != null ? before : after);
  }

  /** Whether {@code word} is the first or last word of {@code fullName}. */
  static boolean sharesEdgeWord(String fullName, String word) {
    String[] parts = fullName.split(" ");
    return parts[0].equals(word) || parts[parts.length - 1].equals(word);
  }
}
