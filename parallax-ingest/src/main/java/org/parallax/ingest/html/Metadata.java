package org.parallax.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * The metadata of a page, read before the body is cleaned: title, standfirst, authors, date,
 * canonical URL, site name, language and section.
 */
final class Metadata {

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]{1,2}\\s+");
  private static final int MAX_HEADINGS = 5;
  private static final Evaluator H1 = PageIndex.query("h1");
  private static final Evaluator CANONICAL = PageIndex.query("link[rel=canonical][href]");
  private static final Pattern KICKER =
      Pattern.compile(
          "kicker|dachzeile|overline|topline|roofline|supertitle|eyebrow|spitzmarke|catchline");
  private static final Pattern KICKER_SEPARATOR =
      Pattern.compile("^[^:–—|]{2,80}?(?::|\\s[-–—|])\\s+");

  private final String title;
  private final String subtitle;
  private final List<String> authors;
  private final String published;
  private final String canonicalUrl;
  private final String siteName;
  private final String language;
  private final String section;
  private final Syndication syndication;

  private Metadata(Document doc, JsonLd ld, String url) {
    MetaTags meta = MetaTags.of(doc);
    this.siteName =
        Text.orNull(first(meta.first("og:site_name", "application-name"), publisherName(ld)));
    this.title = title(doc, ld, meta, siteName, url);
    this.subtitle =
        Text.orNull(
            first(
                meta.first("og:description", "description", "twitter:description"),
                ld.articleText("description")));
    this.authors = Authors.of(doc, ld, meta, siteName);
    this.canonicalUrl = canonical(doc, meta, url);
    this.language = language(doc, ld, meta);
    this.published = DateExtractor.published(doc, ld, meta, url);
    this.section =
        Text.orNull(
            first(
                meta.first("article:section", "section", "parsely-section", "og:section"),
                ld.articleText("articleSection")));
    this.syndication = Syndication.of(authors, meta, doc);
  }

  static Metadata of(Document doc, JsonLd ld, String url) {
    return new Metadata(doc, ld, url);
  }

  String title() {
    return title;
  }

  String subtitle() {
    return subtitle;
  }

  List<String> authors() {
    return authors;
  }

  String published() {
    return published;
  }

  String canonicalUrl() {
    return canonicalUrl;
  }

  String siteName() {
    return siteName;
  }

  String language() {
    return language;
  }

  String section() {
    return section;
  }

  /** The wire agency or outlet the article was republished from, judged also from its body. */
  String syndicatedFrom(List<String> paragraphs) {
    return syndication.from(paragraphs);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static String publisherName(JsonLd ld) {
    JsonNode a = ld.article();
    if (a != null) {
      List<String> names = JsonLd.names(a.get("publisher"));
      if (!names.isEmpty()) {
        return names.get(0);
      }
    }
    JsonNode org = ld.ofType("organization");
    return org == null ? null : JsonLd.text(org.get("name"));
  }

  private static String title(Document doc, JsonLd ld, MetaTags meta, String site, String url) {
    String metaTitle =
        Text.orNull(
            first(
                first(meta.first("og:title", "twitter:title"), ld.articleText("headline")),
                doc.title()));
    String siteKey = site == null ? "" : key(site);
    String hostKey = hostKey(url);
    String firstHeading = null;
    int seen = 0;
    for (Element h : PageIndex.of(doc).select("h1", H1)) {
      if (++seen > MAX_HEADINGS) {
        break;
      }
      String t = headingText(h, metaTitle == null ? null : stripSite(metaTitle, site, url));
      if (t.length() < 4 || t.length() > 300 || namesSite(t, siteKey, hostKey)) {
        continue;
      }
      if (metaTitle == null || sharesWords(t, metaTitle)) {
        return t;
      }
      firstHeading = firstHeading == null ? t : firstHeading;
    }
    return metaTitle != null ? stripSite(metaTitle, site, url) : firstHeading;
  }

  /**
   * A heading's text without its kicker: a child marked as kicker / overline is dropped, and a
   * "Kicker: Headline" whose headline alone is the metadata title keeps only the headline.
   */
  private static String headingText(Element h, String metaTitle) {
    StringBuilder kept = new StringBuilder();
    boolean dropped = false;
    for (Element child : h.children()) {
      if (KICKER.matcher(Cues.classAndId(child)).find()) {
        dropped = true;
      } else {
        kept.append(' ').append(child.text());
      }
    }
    String t = Text.clean(dropped ? kept.toString() : h.text());
    java.util.regex.Matcher m = KICKER_SEPARATOR.matcher(t);
    if (metaTitle != null && m.find() && key(t.substring(m.end())).equals(key(metaTitle))) {
      return t.substring(m.end()).strip();
    }
    return t;
  }

  /**
   * Whether at least a third of the heading's words occur in the metadata title: then the heading
   * is the article's own title (often fuller or better cased than the tag), not a logo or a
   * section.
   */
  static boolean sharesWords(String heading, String metaTitle) {
    Set<String> words = words(heading);
    Set<String> other = words(metaTitle);
    long shared = words.stream().filter(other::contains).count();
    return shared >= Math.max(1, words.size() / 3);
  }

  private static Set<String> words(String s) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : s.split("\\s+")) {
      String k = key(w);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }

  static String stripSite(String title, String site, String url) {
    java.util.regex.Matcher m = TITLE_SEPARATOR.matcher(title);
    List<int[]> seps = new ArrayList<>();
    while (m.find()) {
      seps.add(new int[] {m.start(), m.end()});
    }
    if (seps.isEmpty()) {
      return title;
    }
    String siteKey = site == null ? "" : key(site);
    String hostKey = hostKey(url);
    // a trailing or leading part naming the site is dropped
    int[] last = seps.get(seps.size() - 1);
    String tail = title.substring(last[1]);
    if (namesSite(tail, siteKey, hostKey)) {
      return stripSite(title.substring(0, last[0]).strip(), site, url);
    }
    int[] first = seps.get(0);
    String head = title.substring(0, first[0]);
    if (namesSite(head, siteKey, hostKey)) {
      return title.substring(first[1]).strip();
    }
    if (title.substring(last[0], last[1]).contains("|") && tail.length() < 40) {
      return title.substring(0, last[0]).strip();
    }
    return title;
  }

  private static boolean namesSite(String part, String siteKey, String hostKey) {
    String k = key(part);
    if (k.length() < 3) {
      return false;
    }
    return (!siteKey.isEmpty() && (k.equals(siteKey) || siteKey.contains(k) || k.contains(siteKey)))
        || (!hostKey.isEmpty() && (k.contains(hostKey) || hostKey.contains(k)));
  }

  static String hostKey(String url) {
    if (url == null) {
      return "";
    }
    try {
      String host = java.net.URI.create(url.strip().replace(" ", "%20")).getHost();
      if (host == null) {
        return "";
      }
      String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
      String label = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
      if (labels.length >= 3 && label.length() <= 3) {
        label = labels[labels.length - 3];
      }
      return key(label);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * {@code s} lower-cased with everything but letters and numbers ({@code \\p{L}\\p{N}}) dropped.
   */
  static String key(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder k = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (letterOrNumber(cp)) {
        k.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return k.toString();
  }

  private static boolean letterOrNumber(int cp) {
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  private static String canonical(Document doc, MetaTags meta, String url) {
    List<Element> links = PageIndex.of(doc).select("link", CANONICAL);
    Element link = links.isEmpty() ? null : links.get(0);
    if (link != null) {
      String abs = Hrefs.absolute(link, "href");
      String href = abs.isEmpty() ? link.attr("href").strip() : abs;
      if (href.startsWith("http")) {
        return href;
      }
    }
    String og = meta.get("og:url");
    if (og != null && og.startsWith("http")) {
      return og;
    }
    return url;
  }

  private static String language(Document doc, JsonLd ld, MetaTags meta) {
    Element html = PageIndex.of(doc).first("html");
    String lang = html == null ? "" : html.attr("lang").strip();
    if (lang.isEmpty() && html != null) {
      lang = html.attr("xml:lang").strip();
    }
    if (lang.isEmpty()) {
      String v =
          first(
              meta.first("content-language", "language", "dc.language"),
              ld.articleText("inLanguage"));
      lang = v == null ? "" : v;
    }
    if (lang.isEmpty()) {
      String og = meta.get("og:locale");
      lang = og == null ? "" : og;
    }
    lang = lang.replace('_', '-').split("[,;\\s]")[0];
    return lang.isEmpty() || lang.length() > 20 ? null : lang;
  }
}
