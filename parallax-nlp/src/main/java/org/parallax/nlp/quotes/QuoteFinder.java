package org.parallax.nlp.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quote marks into {@link MarkedQuote}s. Knows straight double quotes, curly quotes, German
 * low-high quotes („…“), and guillemets in both directions. A quote left open at the end of a
 * paragraph continues when the next paragraph opens with a quote mark (the newspaper convention for
 * long quotes); otherwise it ends with its paragraph, so an unclosed mark never swallows the rest
 * of the article. Stateless and thread-safe.
 */
final class QuoteFinder {

  private QuoteFinder() {}

  /** The quoted passages of {@code text}, in order. */
  static List<MarkedQuote> find(String text) {
    List<MarkedQuote> out = new ArrayList<>();
    List<int[]> paragraphs = paragraphs(text);
    Open open = null;
    for (int p = 0; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p)[0];
      int pe = paragraphs.get(p)[1];
      int i = ps;
      if (open != null) {
        if (opens(text, ps) && open.accepts(text.charAt(ps))) {
          open.skips.add(ps);
          i = ps + 1;
        } else {
          out.add(open.unclosed(text));
          open = null;
        }
      }
      for (; i < pe; i++) {
        char c = text.charAt(i);
        if (open == null) {
          if (opens(text, i)) {
            open = new Open(i, c);
          }
        } else if (open.closesWith(c)) {
          out.add(open.closed(text, i));
          open = null;
        }
      }
      if (open != null) {
        open.lastEnd = pe;
        boolean continues = p + 1 < paragraphs.size() && opens(text, paragraphs.get(p + 1)[0]);
        if (!continues) {
          out.add(open.unclosed(text));
          open = null;
        }
      }
    }
    if (open != null) {
      out.add(open.unclosed(text));
    }
    return out;
  }

  /** Paragraphs as {start, end} pairs: runs of text between line breaks, trimmed. */
  static List<int[]> paragraphs(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && text.charAt(i) != '\n') {
        i++;
      }
      int end = i;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      out.add(new int[] {start, end});
    }
    return out;
  }

  /** Whether the character at {@code i} can open a quote. */
  static boolean opens(String text, int i) {
    char c = text.charAt(i);
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    return switch (c) {
      case '“', '„', '«' -> !Character.isWhitespace(next) || c == '«';
      case '»' -> !Character.isWhitespace(next) && !Character.isLetterOrDigit(prev);
      case '"' ->
          (!Character.isWhitespace(next) && !Character.isLetterOrDigit(prev))
              || ((prev == ',' || prev == ':')
                  && next == ' '
                  && i + 2 < text.length()
                  && (Character.isUpperCase(text.charAt(i + 2)) || text.charAt(i + 2) == '['));
      default -> false;
    };
  }

  private static final class Open {
    final int open;
    final char mark;
    final List<Integer> skips = new ArrayList<>();
    int lastEnd;

    Open(int open, char mark) {
      this.open = open;
      this.mark = mark;
      this.lastEnd = open + 1;
    }

    boolean accepts(char c) {
      return c == mark || (mark == '"' && c == '“') || (mark == '“' && c == '"');
    }

    boolean closesWith(char c) {
      return switch (mark) {
        case '“' -> c == '”' || c == '"';
        case '„' -> c == '“' || c == '”' || c == '"';
        case '«' -> c == '»';
        case '»' -> c == '«';
        default -> c == '"' || c == '”';
      };
    }

    MarkedQuote closed(String text, int close) {
      return make(text, close, close + 1, true);
    }

    MarkedQuote unclosed(String text) {
      return make(text, lastEnd, lastEnd, false);
    }

    private MarkedQuote make(String text, int end, int after, boolean closed) {
      int start = open + 1;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      int e = end;
      while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      StringBuilder words = new StringBuilder();
      for (int k = start; k < e; k++) {
        if (!skips.contains(k)) {
          words.append(text.charAt(k));
        }
      }
      return new MarkedQuote(open, start, e, Math.max(after, e), closed, words.toString());
    }
  }
}
