package org.parallax.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A page's authors, from the first source that yields a real name: JSON-LD {@code author} (then
 * {@code creator}), the author meta tags one by one, then bylines in the page. A source holding
 * only links, e-mail addresses or the site's own name is passed over, not trusted.
 */
final class Authors {

  private static final Pattern BY =
      Pattern.compile(
          "^(?:(?:written|posted|reported|text|story)\\s+)?(?:by|von|par|por|di|door|av|af)\\s*[:]?\\s+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHOR_PREFIX =
      Pattern.compile(
          "^(?:view all posts by|all posts by|posts by|more by|author|autor|autorin|auteur|autore"
              + "|veröffentlicht von|geschrieben von|erstellt von|posted by|written by|published by"
              + "|vom|von|by|par|por|di)(?:\\s*:\\s*|\\s+)|^[~—–-]\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AUTHOR_TAIL =
      Pattern.compile(
          "(?:\\s+(?:am|on|le|el|il|at|um)\\b)?(?:\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct"
              + "|nov|dec|mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)\\.?)?[\\s,]*\\d.*$"
              + "|\\s*[·|•].*$|\\s+[-–—]\\s+.*$|\\s*[-–—:,]\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHOR_SPLIT =
      Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
  private static final List<String> META_KEYS =
      List.of(
          "author",
          "article:author",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "dcterms.creator",
          "byl",
          "twitter:creator");

  /** The byline selector; the walk runs the cheap {@link #mayBeByline} test first. */
  private static final Evaluator BYLINES =
      QueryParser.parse(
          "[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], .byline a,"
              + " .author-name, .byline__name, .author a, .byline, [class*=author-name],"
              + " [class*=byline], .author, .vcard .fn, a[href*=/author/], [class*=author] a,"
              + " [class*=autor] a");

  private static final int MAX_BYLINES = 5;
  private static final int MAX_ANCESTORS = 12;

  private Authors() {}

  /** The authors' names, in page order, without duplicates; empty when none is found. */
  static List<String> of(Document doc, JsonLd ld, MetaTags meta, String site) {
    String siteKey = site == null ? "" : Metadata.key(site);
    List<List<String>> sources = new ArrayList<>();
    JsonNode a = ld.article();
    if (a != null) {
      sources.add(JsonLd.names(a.get("author")));
      sources.add(JsonLd.names(a.get("creator")));
    }
    for (String key : META_KEYS) {
      String m = meta.get(key);
      sources.add(m == null ? List.of() : List.of(m));
    }
    for (List<String> raw : sources) {
      List<String> names = clean(raw, siteKey);
      if (!names.isEmpty()) {
        return names;
      }
    }
    int tried = 0;
    // Page order, over the elements the index already holds; stops at the first real byline.
    Predicate<Element> isByline = BYLINES.asPredicate(doc);
    boolean cueSeen = false;
    for (Element e : PageIndex.of(doc).all()) {
      String c = e.className();
      boolean ascii = isAscii(c);
      if (ascii) {
        c = c.toLowerCase(Locale.ROOT);
      }
      boolean named = !c.isEmpty() && containsAny(c, ascii, "author", "byline", "autor");
      boolean cue = named || !c.isEmpty() && containsAny(c, ascii, "fn");
      // an element's ancestors come before it in page order
      cueSeen = cueSeen || named;
      if (!mayBeByline(e, c, ascii, cue, cueSeen) || !isByline.test(e)) {
        continue;
      }
      String t = Text.clean(e.text());
      if (t.isEmpty() || t.length() >= 80 || inComments(e)) {
        continue;
      }
      List<String> names = clean(List.of(t), siteKey);
      if (!names.isEmpty()) {
        return names;
      }
      if (++tried >= MAX_BYLINES) {
        break;
      }
    }
    return List.of();
  }

  /**
   * Passes only elements that some alternative of the byline selector could match: elements with an
   * {@code itemprop}; elements whose class names hold "author", "byline" or "fn"; links with a
   * {@code rel}, with "/author/" in their {@code href}, or inside an element whose class names hold
   * "author", "byline" or "autor" (looked for only after such an element was seen in page order).
   *
   * @param e the element
   * @param lowerClass its class names, lower-cased when they are all ASCII
   * @param ascii whether they are all ASCII
   * @param cue whether its class names hold "author", "byline", "autor" or "fn"
   * @param cueSeen whether an element so far (it included) has "author", "byline" or "autor"
   */
  private static boolean mayBeByline(
      Element e, String lowerClass, boolean ascii, boolean cue, boolean cueSeen) {
    if (e.hasAttr("itemprop")) {
      return true;
    }
    if (e.normalName().equals("a")) {
      return cue
          || e.hasAttr("rel")
          || e.attr("href").toLowerCase(Locale.ROOT).contains("/author/")
          || cueSeen && ancestorNamed(e);
    }
    return cue && containsAny(lowerClass, ascii, "author", "byline", "fn");
  }

  /** Whether an ancestor's class names hold "author", "byline" or "autor", ignoring case. */
  private static boolean ancestorNamed(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      String c = p.className();
      if (!c.isEmpty() && containsAny(c, false, "author", "byline", "autor")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code s} holds one of the lower-case {@code words}, ignoring case as jsoup compares
   * class names; {@code lowerAscii} says that {@code s} is all ASCII and already lower-cased.
   */
  private static boolean containsAny(String s, boolean lowerAscii, String... words) {
    for (String w : words) {
      if (lowerAscii ? s.contains(w) : containsIgnoreCase(s, w)) {
        return true;
      }
    }
    return false;
  }

  /** As jsoup compares class names: character by character, ignoring case. */
  private static boolean containsIgnoreCase(String s, String word) {
    for (int i = 0; i + word.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an element sits in a comment thread (its nearest ancestors' class or id say so). */
  private static boolean inComments(Element e) {
    Element at = e;
    for (int i = 0; at != null && i < MAX_ANCESTORS && !at.normalName().equals("body"); i++) {
      if (Cues.classOrIdHolds(at, "comment")) {
        return true;
      }
      at = at.parent();
    }
    return false;
  }

  private static List<String> clean(List<String> raw, String siteKey) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : raw) {
      for (String name : split(r)) {
        if (name.length() < 2
            || name.length() > 60
            || name.contains("://")
            || name.contains("@")
            || name.startsWith("www.")
            || Metadata.key(name).equals(siteKey)) {
          continue;
        }
        out.add(name);
      }
    }
    return new ArrayList<>(out);
  }

  private static List<String> split(String raw) {
    String s = Text.clean(raw);
    s = BY.matcher(s).replaceFirst("");
    for (int i = 0; i < 3; i++) {
      s = AUTHOR_PREFIX.matcher(s).replaceFirst("");
    }
    s = AUTHOR_TAIL.matcher(s).replaceFirst("").strip();
    s = s.replaceAll("(?i)\\s*\\|.*$", "").replaceAll("(?i),?\\s+(for|für|pour)\\s+.*$", "");
    List<String> out = new ArrayList<>();
    for (String p : AUTHOR_SPLIT.split(s)) {
      String n = p.strip();
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }
}
