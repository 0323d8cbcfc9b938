package org.parallax.ingest.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Collector;
import org.jsoup.select.Evaluator;

/**
 * The tag, class and id cues that tell article content from page furniture, after the heuristics
 * that Readability, boilerpipe and trafilatura describe.
 */
final class Cues {

  /** Elements that never hold article text. */
  static final Set<String> JUNK_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "iframe",
          "object",
          "embed",
          "canvas",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "nav",
          "aside",
          "footer",
          "dialog",
          "menu",
          "link",
          "meta",
          "map",
          "audio",
          "video",
          "source",
          "picture",
          "math",
          "rt",
          "rp");

  /** Block-level tags: text inside one of these starts a new block. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "table",
          "tr",
          "td",
          "th",
          "tbody",
          "thead",
          "tfoot",
          "caption",
          "form",
          "fieldset",
          "address",
          "hr",
          "center",
          "details",
          "summary",
          "body",
          "html",
          "hgroup");

  /**
   * Furniture cues in class and id (after Readability's unlikely-candidates pattern), matched as
   * plain substrings: {@link String#contains} is many times faster than one regex alternation of
   * sixty branches, and this test runs on every element.
   */
  private static final List<String> UNLIKELY =
      List.of(
          "-ad-",
          "adsense",
          "advert",
          "ai2html",
          "banner",
          "breadcrumb",
          "combx",
          "comment",
          "community",
          "cover-wrap",
          "disqus",
          "extra",
          "footer",
          "gdpr",
          "cookie",
          "consent",
          "header",
          "legends",
          "menu",
          "related",
          "remark",
          "replies",
          "rss",
          "shoutbox",
          "sidebar",
          "skyscraper",
          "social",
          "sponsor",
          "supplemental",
          "ad-break",
          "agegate",
          "pagination",
          "pager",
          "popup",
          "modal",
          "yom-remote",
          "share",
          "sharing",
          "newsletter",
          "subscri",
          "signup",
          "sign-up",
          "promo",
          "outbrain",
          "taboola",
          "recommend",
          "most-popular",
          "mostread",
          "trending",
          "toolbar",
          "widget",
          "navbar",
          "nav-",
          "-nav",
          "navigation",
          "login",
          "print-only",
          "skip-link",
          "author-bio",
          "tags",
          "topics-list",
          "read-more",
          "readmore",
          "more-stories");

  /** Furniture cues strong enough to win over a content cue in the same class list. */
  private static final List<String> STRONG =
      List.of(
          "related",
          "share",
          "sharing",
          "social",
          "newsletter",
          "subscri",
          "promo",
          "comment",
          "outbrain",
          "taboola",
          "recommend",
          "cookie",
          "consent",
          "signup",
          "most-popular",
          "mostread",
          "trending",
          "breadcrumb",
          "advert");

  /** The ids of React's streamed Suspense boundaries. */
  private static final Pattern STREAMED = Pattern.compile("[SBP]:\\d+");

  /** Content cues that save an element with a furniture cue. */
  private static final List<String> MAYBE =
      List.of(
          "and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "text",
          "post");

  /** Furniture cues that lower a candidate's score. */
  private static final List<String> NEGATIVE =
      List.of(
          "-ad-",
          "hidden",
          "banner",
          "combx",
          "comment",
          "com-",
          "contact",
          "foot",
          "footer",
          "footnote",
          "gdpr",
          "masthead",
          "media",
          "meta",
          "outbrain",
          "promo",
          "related",
          "scroll",
          "share",
          "shoutbox",
          "sidebar",
          "skyscraper",
          "sponsor",
          "shopping",
          "tags",
          "tool",
          "widget",
          "newsletter",
          "subscri",
          "byline",
          "author",
          "caption",
          "credit",
          "nav",
          "menu",
          "breadcrumb",
          "cookie");

  /** Content cues. */
  private static final List<String> POSITIVE =
      List.of(
          "article",
          "body",
          "content",
          "entry",
          "hentry",
          "h-entry",
          "main",
          "page",
          "post",
          "text",
          "blog",
          "story",
          "prose",
          "richtext",
          "rich-text",
          "paragraph",
          "longform");

  private Cues() {}

  /** The lower-cased class and id of an element, space-separated. */
  /**
   * Whether {@code s} contains any of {@code words}: what {@code Pattern.compile("a|b|…")
   * .matcher(s).find()} says for plain words, without the regex engine.
   */
  static boolean containsAny(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static String classAndId(Element e) {
    String c = e.className();
    String id = e.id();
    if (c.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (c + " " + id).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code classAndId(e).contains(word)}, for a lower-case ASCII {@code word} without
   * spaces, without building that string.
   */
  static boolean classOrIdHolds(Element e, String word) {
    return holdsLowerCased(e.className(), word) || holdsLowerCased(e.id(), word);
  }

  /** Whether {@code s.toLowerCase(Locale.ROOT)} contains the lower-case ASCII {@code word}. */
  static boolean holdsLowerCased(String s, String word) {
    boolean lower = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        return s.toLowerCase(Locale.ROOT).contains(word);
      }
      lower = lower && (c < 'A' || c > 'Z');
    }
    if (lower) {
      return s.contains(word);
    }
    for (int i = 0; i + word.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an element looks like page furniture by its class, id or role. */
  static boolean unlikely(Element e) {
    return unlikely(e, new HashMap<>());
  }

  /**
   * As {@link #unlikely(Element)}, remembering in {@code cues} which class-and-id strings hold a
   * furniture cue (pages repeat their class lists many times).
   */
  static boolean unlikely(Element e, Map<String, Boolean> cues) {
    String tag = e.normalName();
    if (tag.equals("body")
        || tag.equals("html")
        || tag.equals("article")
        || tag.equals("main")
        || tag.equals("a")) {
      return false;
    }
    String role = e.attr("role");
    if (role.equals("navigation")
        || role.equals("complementary")
        || role.equals("banner")
        || role.equals("contentinfo")
        || role.equals("dialog")
        || role.equals("alert")) {
      return true;
    }
    String ci = classAndId(e);
    if (ci.isEmpty() || !cues.computeIfAbsent(ci, Cues::unlikelyCue)) {
      return false;
    }
    boolean maybe = containsAny(ci, MAYBE);
    if (containsAny(ci, STRONG)) {
      return !maybe || !holdsProse(e);
    }
    return !maybe && !holdsProse(e);
  }

  private static boolean hasWord(String s, String word) {
    for (String w : s.split(" ")) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean unlikelyCue(String ci) {
    if (ci.startsWith("ad-") || ci.endsWith("-ad") || ci.equals("ad") || ci.equals("ads")) {
      return true;
    }
    for (String cue : UNLIKELY) {
      if (ci.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an element holds at least two long paragraphs (then it is no widget). */
  private static boolean holdsProse(Element e) {
    // The elements getElementsByTag("p") collects, streamed in page order, so the walk stops at the
    // second long paragraph instead of going through the whole subtree first.
    return Collector.stream(new Evaluator.Tag("p"), e)
        .filter(p -> p.text().length() > 150)
        .skip(1)
        .findFirst()
        .isPresent();
  }

  /**
   * Whether an element is hidden by attribute or inline style. React's streamed Suspense boundaries
   * ({@code <div hidden id="S:0">}) are not: a script swaps them into the page on load.
   */
  static boolean hidden(Element e) {
    if (e.hasAttr("hidden") && !STREAMED.matcher(e.id()).matches()) {
      return true;
    }
    if ("true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** Readability's class weight: -25 for furniture cues, +25 for content cues. */
  static int classWeight(Element e) {
    String ci = classAndId(e);
    if (ci.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (containsAny(ci, NEGATIVE) || hasWord(ci, "hid")) {
      w -= 25;
    }
    if (containsAny(ci, POSITIVE)) {
      w += 25;
    }
    return w;
  }

  /** Readability's starting score for a candidate container, by tag. */
  static int tagWeight(Element e) {
    return switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
  }
}
