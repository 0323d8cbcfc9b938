package org.parallax.group.syndication;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.model.Article;
import org.parallax.core.registry.Outlet;
import org.parallax.core.registry.SourceRegistry;

/**
 * Chooses a family's original: an article published by a wire or agency first; then the member
 * whose outlet the others credit (their {@code syndicated_from} field or a dateline credit such as
 * {@code WASHINGTON (AP) —}); then the earliest published; then the longest text. Thread-safe.
 */
public final class OriginalPicker {

  private static final Pattern DATELINE_CREDIT =
      Pattern.compile("^[^\\n]{0,80}?\\(([A-Z][A-Za-z.&' ]{1,30})\\)\\s*[-–—:]");

  private final SourceRegistry registry;

  /** A picker that looks outlets up in {@code registry}. */
  public OriginalPicker(SourceRegistry registry) {
    this.registry = registry;
  }

  /**
   * The chosen original and why.
   *
   * @param article the original
   * @param reason {@code wire}, {@code credit}, {@code earliest} or {@code longest}
   */
  public record Choice(Article article, String reason) {}

  /** The original among {@code members} (at least one). */
  public Choice pick(List<Article> members) {
    Comparator<Article> order =
        Comparator.comparing((Article a) -> !isWire(a))
            .thenComparing(a -> -credits(a, members))
            .thenComparing(a -> a.published() == null ? "\uffff" : a.published())
            .thenComparing(a -> -a.text().length())
            .thenComparing(Article::id);
    Article best = members.stream().min(order).orElseThrow();
    return new Choice(best, reason(best, members));
  }

  /** The outlet's display name, or the domain, or the publisher; {@code ""} when none is known. */
  public String outletName(Article a) {
    return outlet(a)
        .map(Outlet::name)
        .orElse(
            a.publisher() != null && !a.publisher().isBlank()
                ? a.publisher()
                : a.domain() == null ? "" : a.domain());
  }

  private String reason(Article best, List<Article> members) {
    if (isWire(best)) {
      return "wire";
    }
    if (credits(best, members) > 0) {
      return "credit";
    }
    boolean dated = best.published() != null;
    boolean earlier =
        members.stream()
            .anyMatch(
                m ->
                    m != best
                        && (m.published() == null || !m.published().equals(best.published())));
    return dated && earlier ? "earliest" : "longest";
  }

  private boolean isWire(Article a) {
    return outlet(a).map(Outlet::isWire).orElse(false);
  }

  private Optional<Outlet> outlet(Article a) {
    Optional<Outlet> o = registry.byUrlOrHost(a.url());
    if (o.isEmpty()) {
      o = registry.byUrlOrHost(a.domain());
    }
    if (o.isEmpty()) {
      o = registry.byName(a.publisher());
    }
    return o;
  }

  /** How many other members credit this article's outlet. */
  private int credits(Article a, List<Article> members) {
    Optional<Outlet> mine = outlet(a);
    String myName = outletName(a).toLowerCase(Locale.ROOT);
    if (myName.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (Article m : members) {
      if (m == a) {
        continue;
      }
      for (String credit : credited(m)) {
        Optional<Outlet> c = registry.byName(credit);
        boolean same =
            c.isPresent() && mine.isPresent()
                ? c.get().domain().equals(mine.get().domain())
                : credit.toLowerCase(Locale.ROOT).equals(myName);
        if (same) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static List<String> credited(Article m) {
    String dateline = null;
    Matcher d = DATELINE_CREDIT.matcher(m.text());
    if (d.find()) {
      dateline = d.group(1).strip();
    }
    if (m.syndicatedFrom() != null && !m.syndicatedFrom().isBlank()) {
      return dateline == null ? List.of(m.syndicatedFrom()) : List.of(m.syndicatedFrom(), dateline);
    }
    return dateline == null ? List.of() : List.of(dateline);
  }
}
