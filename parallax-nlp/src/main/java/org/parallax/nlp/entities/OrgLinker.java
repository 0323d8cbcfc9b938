package org.parallax.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.nlp.entities.EntityResolver.Resolved;

/**
 * Within-article organisation coreference for names the alias table does not know: an acronym
 * written in the same article as its long form ("United Auto Workers" … "UAW") makes both the
 * acronym; a short name that starts a longer one ("Northrop" after "Northrop Grumman") takes the
 * longer one.
 */
final class OrgLinker {

  private static final Set<String> SKIPPED_IN_ACRONYMS =
      Set.of("and", "of", "for", "the", "&", "de", "du", "des", "la", "le", "on", "in");

  private OrgLinker() {}

  static void link(List<Resolved> mentions) {
    List<Resolved> orgs = new ArrayList<>();
    for (Resolved r : mentions) {
      if ("ORGANIZATION".equals(r.type) && !r.aliased) {
        orgs.add(r);
      }
    }
    for (Resolved acronym : orgs) {
      if (!isAcronym(acronym.name)) {
        continue;
      }
      for (Resolved longForm : orgs) {
        if (longForm.name.contains(" ") && acronym.name.equals(initials(longForm.name))) {
          relabel(orgs, longForm.id, acronym.id);
        }
      }
    }
    for (Resolved shorter : orgs) {
      for (Resolved longer : orgs) {
        if (extendsByOneWord(longer.id, shorter.id) && !isAcronym(longer.id)) {
          relabel(orgs, shorter.id, longer.id);
        }
      }
    }
  }

  /**
   * Whether {@code longer} is {@code shorter} plus one word that is not a division ("Northrop
   * Grumman" extends "Northrop"; "Airbus Military" is not "Airbus").
   */
  static boolean extendsByOneWord(String longer, String shorter) {
    if (!longer.startsWith(shorter + " ")) {
      return false;
    }
    String rest = longer.substring(shorter.length() + 1);
    return !rest.contains(" ") && !DIVISIONS.contains(rest);
  }

  private static final Set<String> DIVISIONS =
      Set.of(
          "Military",
          "Defense",
          "Defence",
          "Commercial",
          "Airlines",
          "Airways",
          "Group",
          "Bank",
          "Foundation",
          "International",
          "Capital",
          "Energy",
          "Systems",
          "Airplanes",
          "Aircraft",
          "Europe",
          "America",
          "Asia",
          "Africa",
          "Australia",
          "Canada",
          "China",
          "India",
          "Japan",
          "UK",
          "USA",
          "Financial",
          "Entertainment",
          "Media",
          "Music",
          "Records",
          "Research",
          "Labs",
          "Pictures",
          "Studios",
          "Sports",
          "News",
          "Press",
          "Council",
          "Committee",
          "Party",
          "Police",
          "Army",
          "Navy",
          "University",
          "College",
          "School",
          "Hospital",
          "Institute");

  private static void relabel(List<Resolved> orgs, String from, String to) {
    if (from.equals(to)) {
      return;
    }
    for (Resolved r : orgs) {
      if (r.id.equals(from)) {
        r.id = to;
      }
    }
  }

  static boolean isAcronym(String name) {
    String letters = name.replace(".", "");
    return letters.length() >= 2
        && letters.length() <= 6
        && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  /** The capital initials of a long name, skipping function words ("Bank of America" → BOA). */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || SKIPPED_IN_ACRONYMS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      sb.append(Character.toUpperCase(w.charAt(0)));
    }
    return sb.toString();
  }
}
