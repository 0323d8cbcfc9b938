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
import org.jsoup.select.CombiningEvaluator;
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

  /**
   * The byline selector, behind a cheap test that the walk runs first (see {@link MayBeByline}).
   */
  private static final Evaluator BYLINES =
      new CombiningEvaluator.And(
          List.of(
              new MayBeByline(),
              QueryParser.parse(
                  "[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], .byline a,"
                      + " .author-name, .byline__name, .author a, .byline, [class*=author-name],"
                      + " [class*=byline], .author, .vcard .fn, a[href*=/author/], [class*=author] a,"
                      + " [class*=autor] a")));

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
    for (Element e : PageIndex.of(doc).all()) {
      if (!isByline.test(e)) {
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
   * Passes only elements that some alternative of the byline selector could match: links, elements
   * with an {@code itemprop}, and elements whose class names hold "author", "byline" or "fn"
   * (compared ignoring case as jsoup compares class names).
   */
  private static final class MayBeByline extends Evaluator {
    @Override
    public boolean matches(Element root, Element e) {
      if (e.normalName().equals("a") || e.hasAttr("itemprop")) {
        return true;
      }
      String c = e.className();
      if (c.isEmpty()) {
        return false;
      }
      if (c.chars().allMatch(ch -> ch < 128)) {
        String lower = c.toLowerCase(Locale.ROOT);
        return lower.contains("author") || lower.contains("byline") || lower.contains("fn");
      }
      return containsIgnoreCase(c, "author")
          || containsIgnoreCase(c, "byline")
          || containsIgnoreCase(c, "fn");
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

    @Override
    protected int cost() {
      return 1;
    }
  }

  /** Whether an element sits in a comment thread (its nearest ancestors' class or id say so). */
  private static boolean inComments(Element e) {
    Element at = e;
    for (int i = 0; at != null && i < MAX_ANCESTORS && !at.normalName().equals("body"); i++) {
      if (Cues.classAndId(at).contains("comment")) {
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
