package org.parallax.ingest.html;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * The dates a page states besides its chosen publication date, used to check and correct that
 * choice: every day named by a date-like {@code <meta>} tag or JSON-LD date field, every full
 * timestamp (with its offset) in those and in {@code <time datetime>}, and the first date the page
 * shows its readers in a date-like element.
 */
final class DateEvidence {

  private static final Pattern DATE_KEY =
      Pattern.compile("date|time|publi|modif|created|update|issued");
  private static final List<String> NOT_THE_ARTICLE = List.of("comment", "teaser", "related");
  private static final List<String> LD_FIELDS =
      List.of("datePublished", "dateModified", "dateCreated", "uploadDate");
  private static final int MAX_SHOWN_CHECKED = 200;
  private static final int NEAR_TITLE = 25;
  private static final Evaluator META_WITH_CONTENT = PageIndex.query("meta[content]");
  private static final Evaluator TIME_WITH_DATETIME = PageIndex.query("time[datetime]");

  private final Set<LocalDate> stated = new HashSet<>();
  private final List<OffsetDateTime> moments = new ArrayList<>();
  private final LocalDate shown;

  private DateEvidence(
      Document doc, JsonLd jsonLd, LocalDate latest, DateParser.NumericOrder order) {
    PageIndex index = PageIndex.of(doc);
    for (Element e : index.select("meta", META_WITH_CONTENT)) {
      String key =
          (e.attr("name") + " " + e.attr("property") + " " + e.attr("itemprop"))
              .toLowerCase(Locale.ROOT);
      if (DATE_KEY.matcher(key).find()) {
        add(e.attr("content"), latest);
      }
    }
    for (String field : LD_FIELDS) {
      jsonLd.allTexts(field).forEach(v -> add(v, latest));
    }
    for (Element t : index.select("time", TIME_WITH_DATETIME)) {
      OffsetDateTime m = moment(t.attr("datetime"));
      if (m != null) {
        moments.add(m);
      }
    }
    this.shown = shown(doc, latest, order);
  }

  static DateEvidence of(
      Document doc, JsonLd jsonLd, LocalDate latest, DateParser.NumericOrder order) {
    return new DateEvidence(doc, jsonLd, latest, order);
  }

  private void add(String value, LocalDate latest) {
    String iso = DateParser.isoOrDate(value, latest);
    if (iso != null) {
      stated.add(LocalDate.parse(iso.substring(0, 10)));
    }
    OffsetDateTime m = moment(value);
    if (m != null) {
      moments.add(m);
    }
  }

  private static OffsetDateTime moment(String value) {
    return DateParser.offsetDateTime(value.strip());
  }

  /**
   * The page's date for {@code chosen}: a UTC timestamp is replaced by the same moment written in
   * the outlet's own offset when the page states one (a 22:35 PST story is dated by its local day,
   * not by the next UTC day); a different day that readers are shown and that the metadata confirms
   * (usually the date of the last update) wins over the chosen one, unless the chosen day comes
   * from the URL and the shown one is only a day away from it (a time zone, not another edition).
   */
  String correct(String chosen, String fromUrl, boolean weak) {
    String local = localMoment(chosen);
    String day = local.substring(0, 10);
    if (shown != null && !shown.toString().equals(day) && (weak || stated.contains(shown))) {
      boolean urlDay = day.equals(fromUrl);
      if (!urlDay || Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(day), shown)) > 1) {
        return shown.toString();
      }
    }
    return local;
  }

  private String localMoment(String chosen) {
    OffsetDateTime m = moment(chosen);
    if (m == null || !m.getOffset().equals(ZoneOffset.UTC)) {
      return chosen;
    }
    for (OffsetDateTime other : moments) {
      if (!other.getOffset().equals(ZoneOffset.UTC)
          && Math.abs(ChronoUnit.SECONDS.between(other, m)) <= 60) {
        return other.toString();
      }
    }
    return chosen;
  }

  /** The first date written in a {@code <time>} or date-like element outside comments. */
  private static LocalDate shown(Document doc, LocalDate latest, DateParser.NumericOrder order) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    int checked = 0;
    PageIndex index = PageIndex.of(doc);
    Element h1 = index.firstH1InBody();
    if (h1 != null && h1.parent() != null && h1.parent() != body) {
      h1 = h1.parent();
    }
    boolean afterTitle = h1 == null;
    int sinceTitle = 0;
    for (Element e : index.bodyElements()) {
      if (!afterTitle) {
        afterTitle = e == h1;
        if (!afterTitle) {
          continue;
        }
      }
      sinceTitle++;
      String ci = Cues.classAndId(e);
      boolean time = e.normalName().equals("time");
      String text = null;
      boolean byTitle = false;
      if (h1 != null && sinceTitle <= NEAR_TITLE && !e.ownText().isEmpty()) {
        text = e.text();
        byTitle = text.length() <= 60;
      }
      if ((!time && !byTitle && (ci.isEmpty() || !Cues.containsAny(ci, DateExtractor.DATE_CLASS)))
          || Cues.containsAny(ci, NOT_THE_ARTICLE)) {
        continue;
      }
      if (text == null) {
        text = e.text();
      }
      if (text.isEmpty() || text.length() > 200) {
        continue;
      }
      LocalDate d = DateParser.first(text.toLowerCase(Locale.ROOT), latest, order);
      if (d != null) {
        return d;
      }
      if (++checked > MAX_SHOWN_CHECKED) {
        break;
      }
    }
    return null;
  }
}
