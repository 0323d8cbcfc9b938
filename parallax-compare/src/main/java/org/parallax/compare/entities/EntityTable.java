package org.parallax.compare.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.compare.story.Member;
import org.parallax.core.compare.EntityCoverage;
import org.parallax.core.compare.EntityUse;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Span;

/**
 * Builds the entity table of a story. An entity's salience in one outlet combines its share of the
 * outlet's entity mentions (weight 0.5), how early it is first named (0.3) and whether a title
 * names it (0.2), so a reader sees which actors each outlet puts first. Thread-safe.
 */
public final class EntityTable {

  /** The entity table, most salient entities (summed over outlets) first. */
  public List<EntityCoverage> build(List<Member> members) {
    Map<String, Entity> first = new LinkedHashMap<>();
    Map<String, Map<String, Acc>> uses = new LinkedHashMap<>();
    Map<String, Integer> mentionsPerOutlet = new LinkedHashMap<>();
    for (Member m : members) {
      Article a = m.article();
      for (Entity e : a.entities()) {
        first.putIfAbsent(e.id(), e);
        Acc acc =
            uses.computeIfAbsent(e.id(), k -> new LinkedHashMap<>())
                .computeIfAbsent(m.outletName(), k -> new Acc());
        int n = e.mentions().size();
        acc.mentions += n;
        mentionsPerOutlet.merge(m.outletName(), n, Integer::sum);
        int pos = e.mentions().stream().mapToInt(Span::start).min().orElse(a.text().length());
        acc.first = Math.min(acc.first, a.text().isEmpty() ? 1 : pos / (double) a.text().length());
        acc.inTitle |= inTitle(a, e);
      }
    }
    List<EntityCoverage> out = new ArrayList<>();
    Map<String, Double> total = new LinkedHashMap<>();
    uses.forEach(
        (id, byOutlet) -> {
          List<EntityUse> rows = new ArrayList<>();
          byOutlet.forEach(
              (outlet, acc) -> {
                double share = acc.mentions / (double) Math.max(1, mentionsPerOutlet.get(outlet));
                double s =
                    0.5 * Math.min(1, share * 4) + 0.3 * (1 - acc.first) + (acc.inTitle ? 0.2 : 0);
                rows.add(
                    new EntityUse(outlet, acc.mentions, round(s), acc.inTitle, round(acc.first)));
              });
          rows.sort(Comparator.comparingDouble(EntityUse::salience).reversed());
          total.put(id, rows.stream().mapToDouble(EntityUse::salience).sum());
          Entity e = first.get(id);
          out.add(new EntityCoverage(id, e.name(), e.type(), rows));
        });
    out.sort(Comparator.comparingDouble((EntityCoverage c) -> total.get(c.id())).reversed());
    return out;
  }

  private static boolean inTitle(Article a, Entity e) {
    if (e.salience() != null && e.salience().inTitle()) {
      return true;
    }
    String title = a.title() == null ? "" : a.title();
    return !title.isEmpty()
        && e.mentions().stream().anyMatch(s -> title.contains(s.text()) && s.text().length() > 2);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static final class Acc {
    int mentions;
    double first = 1;
    boolean inTitle;
  }
}
