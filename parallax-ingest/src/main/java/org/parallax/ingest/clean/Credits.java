package org.parallax.ingest.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.registry.Outlet;
import org.parallax.core.registry.SourceRegistry;

/**
 * Syndication credits: a closing line that names an outlet ("The Wall Street Journal", "— Reuters",
 * "This article first appeared in The Economist.") and agency datelines ("WASHINGTON (AP) —").
 * Names are checked against the source registry, so ordinary closing lines are not taken for
 * credits. Thread-safe.
 */
public final class Credits {

  private static final Pattern CLOSING =
      Pattern.compile(
          "^(?:[—–-]+\\s*|©\\s*|\\(c\\)\\s*|copyright\\s+(?:\\d{4}\\s+)?|source:\\s*|via\\s+|with\\s+)?"
              + "(.+?)\\s*\\.?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRST_PUBLISHED =
      Pattern.compile(
          "^(?:this (?:article|story|column|piece|op-ed) (?:was |is )?)?(?:first |originally )?"
              + "(?:published|appeared|ran) (?:in|by|on|at)\\s+(.+?)\\s*\\.?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATELINE =
      Pattern.compile("^[\\p{Lu}][\\p{L} .,'’-]{1,60}?\\s*\\(([\\p{L}-]{2,20})\\)\\s*[—–-]");
  private static final int MAX_CREDIT_WORDS = 12;

  private final SourceRegistry registry;

  /** Credits checked against {@code registry}. */
  public Credits(SourceRegistry registry) {
    this.registry = registry;
  }

  /** The outlet a closing line credits, when the whole line is such a credit. */
  public Optional<String> closingCredit(String line) {
    if (TextNormaliser.words(line) > MAX_CREDIT_WORDS) {
      return Optional.empty();
    }
    Matcher f = FIRST_PUBLISHED.matcher(line);
    if (f.matches()) {
      String name = f.group(1);
      return Optional.of(registry.byName(name).map(Outlet::name).orElse(name));
    }
    if (TextNormaliser.words(line) > 6 || line.endsWith("?") || line.endsWith("!")) {
      return Optional.empty();
    }
    Matcher m = CLOSING.matcher(line);
    return m.matches() ? registry.byName(m.group(1)).map(Outlet::name) : Optional.empty();
  }

  /** The agency of a dateline that opens {@code paragraph} ("PARIS (AFP) —"), if it is known. */
  public Optional<String> dateline(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.find()) {
      return Optional.empty();
    }
    return registry.byName(m.group(1)).map(Outlet::name);
  }

  /** The registry's name for {@code name}, or {@code name} itself. */
  public String canonical(String name) {
    return registry.byName(name).map(Outlet::name).orElse(name);
  }
}
