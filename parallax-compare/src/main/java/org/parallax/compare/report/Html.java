package org.parallax.compare.report;

/**
 * A tiny HTML writer that escapes every text and attribute value it is given. Only {@link
 * #trusted(String)} writes markup as is, for markup this package builds from constants and numbers.
 * Not thread-safe.
 */
public final class Html {

  private final StringBuilder out = new StringBuilder(4096);

  /** Escapes {@code s} for use as element text or a quoted attribute value. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Opens element {@code name} with attributes given as name, value pairs (a null value leaves the
   * attribute out).
   */
  public Html open(String name, String... attributes) {
    out.append('<').append(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(escape(attributes[i + 1]))
            .append('"');
      }
    }
    out.append('>');
    return this;
  }

  /** Closes element {@code name}. */
  public Html close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** An element holding only escaped {@code text}. */
  public Html element(String name, String text, String... attributes) {
    return open(name, attributes).text(text).close(name);
  }

  /** Escaped text. */
  public Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Markup written as is: only for markup built by this package from constants and numbers. */
  Html trusted(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends another writer's output. */
  public Html append(Html other) {
    out.append(other.out);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
