package org.parallax.bench.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads gold documents whose quotes are marked inside the text: {@code «Q kind="direct"
 * speaker="Barack Obama"»words«/Q»}. Header lines start with {@code #} and end at the first blank
 * line.
 */
public final class InlineGold {

  private static final Pattern MARK = Pattern.compile("«Q([^»]*)»|«/Q»");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private InlineGold() {}

  /** The English gold shipped with Parallax, from {@code gold/quotes-en/} on the class path. */
  public static List<GoldDoc> english() throws IOException {
    List<GoldDoc> out = new ArrayList<>();
    for (String name : resource("gold/quotes-en/files.txt").split("\n")) {
      if (!name.isBlank()) {
        out.add(parse(name.strip(), resource("gold/quotes-en/" + name.strip())));
      }
    }
    return out;
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = InlineGold.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Parses one marked-up document. */
  public static GoldDoc parse(String name, String file) {
    String body = file.replace("\r\n", "\n");
    while (body.startsWith("#")) {
      int nl = body.indexOf('\n');
      body = nl < 0 ? "" : body.substring(nl + 1);
    }
    body = body.strip();
    StringBuilder text = new StringBuilder();
    List<GoldQuote> quotes = new ArrayList<>();
    Matcher m = MARK.matcher(body);
    int pos = 0;
    int open = -1;
    Map<String, String> attrs = Map.of();
    while (m.find()) {
      text.append(body, pos, m.start());
      pos = m.end();
      if (m.group(1) != null) {
        if (open >= 0) {
          throw new IllegalArgumentException(name + ": nested «Q at " + m.start());
        }
        open = text.length();
        attrs = attributes(m.group(1));
      } else {
        if (open < 0) {
          throw new IllegalArgumentException(name + ": «/Q without «Q at " + m.start());
        }
        String speaker = attrs.get("speaker");
        quotes.add(
            new GoldQuote(
                open,
                text.length(),
                "term".equals(attrs.get("kind")),
                speaker == null || speaker.isBlank() ? null : speaker,
                "true".equals(attrs.get("anonymous")),
                -1,
                -1));
        open = -1;
      }
    }
    if (open >= 0) {
      throw new IllegalArgumentException(name + ": unclosed «Q");
    }
    text.append(body, pos, body.length());
    String t = text.toString();
    return new GoldDoc(name, Arrays.asList(t.split("\n\n")), t, quotes);
  }

  private static Map<String, String> attributes(String s) {
    Map<String, String> out = new HashMap<>();
    Matcher a = ATTR.matcher(s);
    while (a.find()) {
      out.put(a.group(1), a.group(2));
    }
    return out;
  }
}
