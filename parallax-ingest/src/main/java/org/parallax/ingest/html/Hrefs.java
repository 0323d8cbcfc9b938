package org.parallax.ingest.html;

import org.jsoup.nodes.Element;

/** Absolute addresses from attributes, without resolving those that are plainly absolute. */
final class Hrefs {

  private static final String UNSAFE = "#\\@[]{}|^`\"<>";

  private Hrefs() {}

  /**
   * What {@code e.absUrl(key)} gives, taking a plainly absolute value as it is (resolving builds
   * two {@code java.net.URL}s and runs a regex), or {@code ""} when it cannot be resolved.
   */
  static String absolute(Element e, String key) {
    String v = e.attr(key);
    return plainAbsolute(v) ? v : e.absUrl(key);
  }

  /**
   * Whether resolving {@code href} gives it back unchanged, by a cheap sufficient test: an {@code
   * http} or {@code https} scheme in lower case, a host of lower-case ASCII labels without a port
   * or user info, and a path and query of printable ASCII without dot segments or a fragment.
   */
  static boolean plainAbsolute(String href) {
    int start = href.startsWith("https://") ? 8 : href.startsWith("http://") ? 7 : -1;
    if (start < 0 || href.contains("/.")) {
      return false;
    }
    int i = start;
    boolean labelStart = true;
    for (; i < href.length() && href.charAt(i) != '/' && href.charAt(i) != '?'; i++) {
      char c = href.charAt(i);
      if (c == '.' && !labelStart) {
        labelStart = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
        labelStart = false;
      } else {
        return false;
      }
    }
    if (labelStart) {
      return false; // empty host, empty label or trailing dot
    }
    for (; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c <= ' ' || c >= '\u007f' || UNSAFE.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }
}
