package org.parallax.ingest.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * A page's {@code <meta>} tags by lower-cased {@code name}, {@code property}, {@code itemprop} or
 * {@code http-equiv}; the first non-blank value of each key wins.
 */
final class MetaTags {

  private final Map<String, String> values = new HashMap<>();

  private static final Evaluator WITH_CONTENT = PageIndex.query("meta[content]");

  private MetaTags() {}

  static MetaTags of(Document doc) {
    MetaTags m = new MetaTags();
    for (Element e : PageIndex.of(doc).select("meta", WITH_CONTENT)) {
      String content = Text.clean(e.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
        String key = e.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          m.values.putIfAbsent(key, content);
        }
      }
    }
    return m;
  }

  /** The value for {@code key} (lower case), or {@code null}. */
  String get(String key) {
    return values.get(key);
  }

  /** The first present value among {@code keys}, or {@code null}. */
  String first(String... keys) {
    for (String k : keys) {
      String v = values.get(k);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
