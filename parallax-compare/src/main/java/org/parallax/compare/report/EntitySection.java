package org.parallax.compare.report;

import java.util.Locale;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.EntityCoverage;
import org.parallax.core.compare.EntityUse;
import org.parallax.core.compare.OutletInfo;

/** The entity table of a story page: one row per entity, one column per outlet. */
final class EntitySection {

  /** Rows shown. */
  static final int ROWS = 30;

  private EntitySection() {}

  static Html render(Comparison c) {
    Html h = new Html();
    h.open("section").element("h2", "Who and what each outlet names");
    if (c.entities().isEmpty()) {
      h.element("p", "No entities were recognised in this story.", "class", "muted");
      return h.close("section");
    }
    h.element(
        "p",
        "Mentions, and salience from 0 to 1 (share of mentions, how early, in the title ★).",
        "class",
        "muted small");
    h.open("div", "class", "scroll").open("table").open("thead").open("tr").element("th", "Entity");
    for (OutletInfo o : c.outlets()) {
      h.element("th", o.name(), "class", "num");
    }
    h.close("tr").close("thead").open("tbody");
    for (EntityCoverage e : c.entities().stream().limit(ROWS).toList()) {
      h.open("tr")
          .open("td")
          .text(e.name())
          .element("span", " " + e.type().toLowerCase(Locale.ROOT), "class", "muted small")
          .close("td");
      for (OutletInfo o : c.outlets()) {
        EntityUse u =
            e.uses().stream().filter(x -> x.outlet().equals(o.name())).findFirst().orElse(null);
        h.element(
            "td",
            u == null
                ? "–"
                : String.format(
                    Locale.ROOT,
                    "%d · %.2f%s",
                    u.mentions(),
                    u.salience(),
                    u.inTitle() ? " ★" : ""),
            "class",
            "num");
      }
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    return h.close("section");
  }
}
