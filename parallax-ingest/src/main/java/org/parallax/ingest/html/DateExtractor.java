package org.parallax.ingest.html;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Finds a page's publication date, trying sources from most to least reliable as htmldate does:
 * {@code article:published_time}, JSON-LD {@code datePublished}, the other publication meta tags (a
 * date in the URL path wins over all of these when they disagree), then {@code
 * itemprop=datePublished} and {@code <time>} elements, a labelled date ("Published on …"), elements
 * whose class names a date, and finally the first date written in the page text. {@link
 * DateEvidence} then checks the choice against the other dates the page states.
 */
final class DateExtractor {

  private static final List<String> META_KEYS =
      List.of(
          "article:published_time",
          "og:published_time",
          "og:article:published_time",
          "article:published",
          "datepublished",
          "publish-date",
          "publish_date",
          "publishdate",
          "pubdate",
          "published_time",
          "publication_date",
          "sailthru.date",
          "parsely-pub-date",
          "dc.date.issued",
          "dcterms.issued",
          "dc.date.created",
          "dcterms.created",
          "date",
          "dc.date",
          "dcterms.date",
          "article.published",
          "article_date_original",
          "originalpublicationdate",
          "cxenseparse:recs:publishtime",
          "rnews:datepublished",
          "citation_publication_date",
          "citation_date",
          "prism.publicationdate",
          "displaydate",
          "datecreated",
          "created",
          "release_date",
          "og:updated_time",
          "article:modified_time",
          "last-modified",
          "datemodified",
          "dc.date.modified");

  private static final java.util.Set<String> GENERIC_META_KEYS =
      java.util.Set.of("date", "dc.date", "dcterms.date");

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{2}(?=[/_.-]|$)|\\d(?=/|$))");
  private static final Pattern URL_DATE_DMY =
      Pattern.compile("/(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d{2})(?:/|[-_.]|$)");
  private static final Pattern URL_DATE_COMPACT =
      Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
  private static final Pattern SCRIPT_DATE =
      Pattern.compile(
          "[\"'](datePublished|dateCreated|publishDate|publish_date|published_at|publishedAt"
              + "|pubDate|date_published|publicationDate|firstPublished|first_published_at)[\"']"
              + "\\s*:\\s*[\"']([^\"']{8,40})[\"']");
  private static final List<String> LABELS =
      List.of(
          "published",
          "posted",
          "veröffentlicht",
          "erschienen",
          "publié",
          "publicado",
          "pubblicato",
          "gepubliceerd");
  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile(
          WordTrie.regex(LABELS) + "(?:\\s+(?:on|am|le|el|il|em|op))?\\s*:?\\s*(.{0,32})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Class or id words of elements that hold a date (substrings; see {@link Cues#containsAny}). */
  static final List<String> DATE_CLASS =
      List.of(
          "date",
          "time",
          "publish",
          "posted",
          "byline",
          "dateline",
          "meta",
          "datum",
          "fecha",
          "data");

  private static final Evaluator SCRIPT = PageIndex.query("script");
  private static final Evaluator ITEMPROP_DATE =
      PageIndex.query("[itemprop=datePublished], [itemprop=datecreated]");
  private static final Evaluator TIME_DATE = PageIndex.query("time[datetime], time[pubdate]");

  private DateExtractor() {}

  /** The publication date as ISO 8601, or {@code null}. */
  static String published(Document doc, JsonLd jsonLd, MetaTags meta, String url) {
    return find(doc, jsonLd, meta, url);
  }

  private static String find(Document doc, JsonLd jsonLd, MetaTags meta, String url) {
    LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    String fromUrl = url == null ? null : fromUrl(url, latest);
    Element html = PageIndex.of(doc).first("html");
    DateParser.NumericOrder order =
        DateParser.NumericOrder.of(html == null ? "" : html.attr("lang"));
    String d = choose(doc, jsonLd, meta, fromUrl, latest, order);
    if (d == null) {
      return null;
    }
    return DateEvidence.of(doc, jsonLd, latest, order)
        .correct(d, fromUrl, onlyGeneric(jsonLd, meta, d, latest));
  }

  /**
   * Whether {@code chosen} rests only on a generic {@code date} / {@code dc.date} tag, which many
   * sites fill with the time the page was generated or last edited.
   */
  private static boolean onlyGeneric(
      JsonLd jsonLd, MetaTags meta, String chosen, LocalDate latest) {
    if (jsonLd.anyText("datePublished") != null) {
      return false;
    }
    for (String key : META_KEYS) {
      if (GENERIC_META_KEYS.contains(key)) {
        return chosen.equals(DateParser.isoOrDate(meta.get(key), latest));
      }
      if (meta.get(key) != null) {
        return false;
      }
    }
    return false;
  }

  private static String choose(
      Document doc,
      JsonLd jsonLd,
      MetaTags meta,
      String fromUrl,
      LocalDate latest,
      DateParser.NumericOrder order) {
    List<String> structured = new java.util.ArrayList<>();
    structured.add(DateParser.isoOrDate(meta.get("article:published_time"), latest));
    structured.add(DateParser.isoOrDate(jsonLd.articleText("datePublished"), latest));
    structured.add(DateParser.isoOrDate(jsonLd.anyText("datePublished"), latest));
    for (String key : META_KEYS) {
      if (key.contains("modified") || key.contains("updated")) {
        break;
      }
      structured.add(DateParser.isoOrDate(meta.get(key), latest));
    }
    String d = firstPresent(structured);
    if (fromUrl != null && (d == null || !d.startsWith(fromUrl))) {
      return fromUrl;
    }
    if (d == null) {
      d = DateParser.isoOrDate(jsonLd.articleText("dateCreated"), latest);
    }
    if (d == null) {
      d = fromScripts(doc, latest);
    }
    if (d == null) {
      d = fromElements(doc, latest);
    }
    // The body's text is long to build: it is built once, for the label and the prose steps.
    String bodyHead = d == null && doc.body() != null ? head(doc.body().text()) : null;
    if (d == null) {
      d = fromLabel(bodyHead, latest, order);
    }
    if (d == null) {
      d = fromDateClasses(doc, latest, order);
    }
    if (d == null) {
      LocalDate first = DateParser.first(bodyHead == null ? "" : bodyHead, latest, order);
      d = first == null ? null : first.toString();
    }
    for (int i = 0; d == null && i < META_KEYS.size(); i++) {
      d = DateParser.isoOrDate(meta.get(META_KEYS.get(i)), latest);
    }
    return d;
  }

  private static String firstPresent(List<String> candidates) {
    for (String c : candidates) {
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static String fromScripts(Document doc, LocalDate latest) {
    for (Element script : PageIndex.of(doc).select("script", SCRIPT)) {
      String data = script.data();
      if (data.length() > 500_000) {
        continue;
      }
      Matcher m = SCRIPT_DATE.matcher(data);
      if (m.find()) {
        String d = DateParser.isoOrDate(m.group(2), latest);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** A date written right after a label such as "Published on" or "Erschienen am". */
  private static String fromLabel(
      String bodyHead, LocalDate latest, DateParser.NumericOrder order) {
    if (bodyHead == null || !DateParser.hasYear(bodyHead) || !mayHoldLabel(bodyHead)) {
      return null;
    }
    Matcher m = PUBLISHED_LABEL.matcher(bodyHead);
    while (m.find()) {
      LocalDate d = DateParser.first(m.group(1), latest, order);
      if (d != null) {
        return d.toString();
      }
    }
    return null;
  }

  /**
   * Whether {@code text} may hold a label that {@link #PUBLISHED_LABEL} matches ignoring case: a
   * cheap test on the lower-cased text before the regex. Texts with İ, ı or ſ, which the regex
   * matches to i or s but lower-casing does not turn into them, always pass.
   */
  static boolean mayHoldLabel(String text) {
    if (text.indexOf('\u0130') >= 0 || text.indexOf('\u0131') >= 0 || text.indexOf('\u017f') >= 0) {
      return true;
    }
    return Cues.containsAny(text.toLowerCase(Locale.ROOT), LABELS);
  }

  private static String head(String text) {
    return text.length() > 20_000 ? text.substring(0, 20_000) : text;
  }

  private static String fromElements(Document doc, LocalDate latest) {
    PageIndex index = PageIndex.of(doc);
    for (Element e : index.selectItemprop(ITEMPROP_DATE)) {
      String v =
          e.hasAttr("content")
              ? e.attr("content")
              : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      String d = DateParser.isoOrDate(v, latest);
      if (d != null) {
        return d;
      }
    }
    Element best = null;
    for (Element t : index.select("time", TIME_DATE)) {
      String ci = Cues.classAndId(t) + " " + Cues.classAndId(t.parent() == null ? t : t.parent());
      if (t.hasAttr("pubdate")
          || ci.contains("publish")
          || ci.contains("posted")
          || ci.contains("entry-date")
          || ci.contains("created")) {
        best = t;
        break;
      }
      if (best == null && !ci.contains("modif") && !ci.contains("update")) {
        best = t;
      }
    }
    if (best != null) {
      String v = best.hasAttr("datetime") ? best.attr("datetime") : best.text();
      return DateParser.isoOrDate(v, latest);
    }
    return null;
  }

  static String fromUrl(String url, LocalDate latest) {
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      m = URL_DATE_COMPACT.matcher(url);
      if (!m.find()) {
        Matcher dmy = URL_DATE_DMY.matcher(url);
        if (!dmy.find()) {
          return null;
        }
        try {
          LocalDate d =
              LocalDate.of(
                  Integer.parseInt(dmy.group(3)),
                  Integer.parseInt(dmy.group(2)),
                  Integer.parseInt(dmy.group(1)));
          return DateParser.plausible(d, latest) ? d.toString() : null;
        } catch (RuntimeException e) {
          return null;
        }
      }
    }
    try {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return DateParser.plausible(d, latest) ? d.toString() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String fromDateClasses(
      Document doc, LocalDate latest, DateParser.NumericOrder order) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    int checked = 0;
    for (Element e : PageIndex.of(doc).bodyElements()) {
      String ci = Cues.classAndId(e);
      if (ci.isEmpty()
          || !Cues.containsAny(ci, DATE_CLASS)
          || ci.contains("update")
          || ci.contains("modif")
          || ci.contains("comment")) {
        continue;
      }
      String text = e.text();
      if (text.length() > 200) {
        continue;
      }
      LocalDate d = DateParser.first(text.toLowerCase(Locale.ROOT), latest, order);
      if (d != null) {
        return d.toString();
      }
      if (++checked > 200) {
        break;
      }
    }
    return null;
  }
}
