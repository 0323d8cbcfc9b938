package org.parallax.ingest.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown inline syntax reduced to its text: images dropped, links to their text, emphasis and
 * code marks removed. Pure functions; thread-safe. Every pattern is linear (no nesting, no
 * recursion).
 */
public final class Markdown {

  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]\\n]*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"\\n]*\")?\\s*\\)");
  private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern EMPHASIS_STAR =
      Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\w*])");
  private static final Pattern EMPHASIS_UNDERSCORE =
      Pattern.compile("(?<![\\w_])_(?=\\S)([^_\\n]+?)(?<=\\S)_(?![\\w_])");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)(?:\\s+#+)?$");
  private static final Pattern RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$");
  private static final Pattern QUOTE_MARK = Pattern.compile("^>\\s?");

  private Markdown() {}

  /** The text of an ATX heading line ({@code ## Title}), or {@code null} when it is not one. */
  public static String headingText(String line) {
    Matcher m = HEADING.matcher(line);
    return m.matches() ? m.group(1).strip() : null;
  }

  /** Whether the line is a thematic break ({@code ---}, {@code ***}). */
  public static boolean isRule(String line) {
    return RULE.matcher(line).matches();
  }

  /** A line without a leading blockquote mark. */
  public static String unquote(String line) {
    return QUOTE_MARK.matcher(line).replaceFirst("");
  }

  /**
   * Reduces inline Markdown to text, adding the target of every link to {@code links}.
   *
   * @param links receives link targets in order; may be {@code null}
   */
  public static String toText(String s, List<String> links) {
    if (s.indexOf('[') >= 0 || s.indexOf('<') >= 0) {
      s = IMAGE.matcher(s).replaceAll("");
      Matcher m = LINK.matcher(s);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        if (links != null && !m.group(2).isEmpty()) {
          links.add(m.group(2));
        }
        m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1)));
      }
      m.appendTail(sb);
      s = sb.toString();
      Matcher a = AUTOLINK.matcher(s);
      while (a.find()) {
        if (links != null) {
          links.add(a.group(1));
        }
      }
      s = AUTOLINK.matcher(s).replaceAll("$1");
    }
    if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
      s = STRONG.matcher(s).replaceAll("$2");
      s = EMPHASIS_STAR.matcher(s).replaceAll("$1");
      s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll("$1");
    }
    if (s.indexOf('`') >= 0) {
      s = CODE.matcher(s).replaceAll("$1");
    }
    return s;
  }
}
