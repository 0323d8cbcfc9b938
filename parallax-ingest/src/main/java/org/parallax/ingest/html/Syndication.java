package org.parallax.ingest.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Recognises republished wire copy: an agency in the byline, a dateline credit such as "(AP)" or
 * "(Reuters)", or a closing line such as "This article originally appeared in …".
 */
final class Syndication {

  /** Agency spellings (as a regex) and the name reported for each. */
  private static final Map<String, String> AGENCIES = new LinkedHashMap<>();

  static {
    AGENCIES.put("AP|Associated Press|The Associated Press", "Associated Press");
    AGENCIES.put("Reuters|Thomson Reuters", "Reuters");
    AGENCIES.put("AFP|Agence France[- ]Presse", "Agence France-Presse");
    AGENCIES.put("dpa|Deutsche Presse-Agentur", "dpa");
    AGENCIES.put("Bloomberg", "Bloomberg");
    AGENCIES.put("PA|PA Media|Press Association", "PA Media");
    AGENCIES.put("ANSA", "ANSA");
    AGENCIES.put("EFE", "EFE");
    AGENCIES.put("Kyodo|Kyodo News", "Kyodo News");
    AGENCIES.put("Xinhua", "Xinhua");
    AGENCIES.put("Yonhap", "Yonhap");
    AGENCIES.put("AAP|Australian Associated Press", "Australian Associated Press");
    AGENCIES.put("CP|The Canadian Press|Canadian Press", "The Canadian Press");
    AGENCIES.put("UPI|United Press International", "United Press International");
    AGENCIES.put("TASS", "TASS");
    AGENCIES.put("Interfax", "Interfax");
    AGENCIES.put("APA", "APA");
    AGENCIES.put("KNA", "KNA");
    AGENCIES.put("epd", "epd");
    AGENCIES.put("sda|Keystone-SDA", "Keystone-SDA");
    AGENCIES.put("Europa Press", "Europa Press");
    AGENCIES.put("Anadolu|Anadolu Agency", "Anadolu Agency");
    AGENCIES.put("PTI|Press Trust of India", "Press Trust of India");
    AGENCIES.put("IANS", "IANS");
  }

  private static final Pattern DATELINE;
  private static final Pattern BYLINE_AGENCY;
  private static final Pattern ORIGINALLY =
      Pattern.compile(
          "(?i)(?:this (?:article|story|piece|column) (?:was )?(?:originally |first )?"
              + "(?:appeared|published|ran)(?: originally| first)? (?:in|on|by|at)"
              + "|originally (?:published|appeared) (?:in|on|by|at)|first published (?:in|on|by))"
              + "\\s+(?:the )?([\\p{Lu}][\\p{L}.'&-]*(?:\\s+[\\p{Lu}][\\p{L}.'&-]*){0,5})");

  static {
    String all = String.join("|", AGENCIES.keySet());
    DATELINE = Pattern.compile("^[^()]{0,80}\\((" + all + ")\\)\\s*[-–—:]");
    BYLINE_AGENCY = Pattern.compile("(?i)^(?:by\\s+)?(?:the\\s+)?(" + all + ")$");
  }

  private final String fromByline;

  private Syndication(String fromByline) {
    this.fromByline = fromByline;
  }

  static Syndication of(List<String> authors, MetaTags meta, Document doc) {
    for (String a : authors) {
      String agency = agency(a, BYLINE_AGENCY);
      if (agency != null) {
        return new Syndication(agency);
      }
    }
    return new Syndication(null);
  }

  /** The agency or outlet, or {@code null} for original copy. */
  String from(List<String> paragraphs) {
    if (fromByline != null) {
      return fromByline;
    }
    if (!paragraphs.isEmpty()) {
      String agency = agency(paragraphs.get(0), DATELINE);
      if (agency != null) {
        return agency;
      }
    }
    int start = Math.max(0, paragraphs.size() - 3);
    for (int i = paragraphs.size() - 1; i >= start; i--) {
      Matcher m = ORIGINALLY.matcher(paragraphs.get(i));
      if (m.find()) {
        String name = m.group(1).replaceAll("[.,]+$", "").strip();
        String agency = agency(name, BYLINE_AGENCY);
        return agency != null ? agency : name;
      }
    }
    return null;
  }

  private static String agency(String text, Pattern p) {
    Matcher m = p.matcher(text.strip());
    if (!m.find()) {
      return null;
    }
    String found = m.group(1);
    for (Map.Entry<String, String> e : AGENCIES.entrySet()) {
      if (found.matches("(?i)" + e.getKey())) {
        return e.getValue();
      }
    }
    return found;
  }
}
