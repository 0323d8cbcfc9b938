package org.parallax.compare.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why two aligned sentences from different voices disagree: different numbers of the same unit,
 * different dates, a negation in one only, or opposite evaluation.
 */
final class Conflicts {

  private Conflicts() {}

  /**
   * The conflicts between {@code a} and {@code b}, each a short reason; empty when they agree.
   * Negation and evaluation count only when {@code samePoint}.
   */
  static List<String> between(ClaimSentence a, ClaimSentence b, boolean samePoint) {
    Set<String> out = new LinkedHashSet<>();
    String numbers = numbers(a.numbers(), b.numbers());
    if (numbers != null) {
      out.add(numbers);
    }
    if (!a.dates().isEmpty()
        && !b.dates().isEmpty()
        && !ClaimAligner.intersects(a.dates(), b.dates())) {
      out.add("date " + String.join(", ", a.dates()) + " vs " + String.join(", ", b.dates()));
    }
    if (samePoint && a.negated() != b.negated()) {
      out.add("negation");
    }
    if (samePoint
        && a.polarity() * b.polarity() < 0
        && Math.abs(a.polarity() - b.polarity()) >= 3) {
      out.add("evaluation");
    }
    return List.copyOf(out);
  }

  private static String numbers(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (unit(x).equals(unit(y)) && !a.contains(y) && !b.contains(x)) {
          return "number " + x + " vs " + y;
        }
      }
    }
    return null;
  }

  private static String unit(String number) {
    int space = number.indexOf(' ');
    return space < 0 ? "" : number.substring(space + 1);
  }
}
