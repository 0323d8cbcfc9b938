package org.parallax.ingest.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.id.Urls;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.ingest.meta.Content;
import org.parallax.ingest.meta.Dates;

/**
 * Cleans a plain text or Markdown dump of one article (as copied from a browser or saved by a
 * read-later tool). The header zone, before the first body paragraph, gives the section label, the
 * title ({@code #} heading or first line), the standfirst (a short block straight after the title),
 * the byline and the date; "Original URL:" lines anywhere give the URL. The rest is the body, which
 * {@link BodyCleaner} cleans. Thread-safe.
 */
public final class TextDumpCleaner {

  private static final Pattern URL_LINE =
      Pattern.compile(
          "^(?:original url|source url|url|source|link|canonical url|permalink)\\s*:\\s*"
              + "(https?://\\S+)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_NOISE =
      Pattern.compile(
          "(?i)\\b(published|posted|updated|first|date|on|at|monday|tuesday|wednesday|thursday"
              + "|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|am|pm|[a-z]{2,4}t|utc|gmt)\\b"
              + "|\\d{1,2}[:.]\\d{2}(?:[ap]m)?|[,:|·•—–-]");
  private static final Pattern TITLE_END = Pattern.compile("[.,;:]$");
  private static final int MAX_TITLE_WORDS = 30;
  private static final int MAX_STANDFIRST_WORDS = 25;
  private static final int MAX_HEADER_LINE_WORDS = 12;

  private final BodyCleaner body;

  /** A cleaner that reads credits against {@code registry}. */
  public TextDumpCleaner(SourceRegistry registry) {
    this.body = new BodyCleaner(registry);
  }

  /** Header fields found so far; one per call. */
  private static final class Header {
    String title;
    boolean titleSeen;
    boolean justAfterTitle;
    String subtitle;
    String section;
    String published;
    List<String> authors = List.of();
    final Set<String> captions = new LinkedHashSet<>();
    final List<String> selfHosts = new ArrayList<>();
  }

  /**
   * Cleans {@code text}.
   *
   * @param knownTitle the title the container gave, or {@code null}; when the text repeats it, the
   *     repeat is dropped, and when it does not, no line of the text is taken for a title
   */
  public Content clean(String text, String knownTitle) {
    List<Block> blocks = new ArrayList<>(Blocks.split(TextNormaliser.document(text)));
    String url = takeUrl(blocks);
    Header h = new Header();
    String known = knownTitle == null ? null : TextNormaliser.inline(knownTitle);
    int start = readHeader(blocks, h, known);
    Body b = body.clean(blocks.subList(start, blocks.size()), true);
    Set<String> captions = new LinkedHashSet<>(h.captions);
    captions.addAll(b.captions());
    List<String> selfHosts = new ArrayList<>(h.selfHosts);
    selfHosts.addAll(b.selfHosts());
    return new Content(
        h.title,
        h.subtitle,
        h.authors,
        h.published,
        url,
        null,
        null,
        h.section,
        b.syndicatedFrom(),
        b.headings(),
        List.copyOf(captions),
        b.paragraphs(),
        selfHosts);
  }

  /** Removes every "Original URL:" line and returns the first URL. */
  private static String takeUrl(List<Block> blocks) {
    String url = null;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Matcher m = URL_LINE.matcher(blocks.get(i).text());
      if (m.matches()) {
        url = m.group(1);
        blocks.remove(i);
      }
    }
    return url;
  }

  /** Reads the header zone into {@code h} and returns the index of the first body block. */
  private int readHeader(List<Block> blocks, Header h, String known) {
    int i = 0;
    while (i < blocks.size()) {
      Block b = blocks.get(i);
      String t = b.text();
      if (t.isEmpty() || Boilerplate.isBoilerplate(t)) {
        b.links().forEach(l -> Urls.host(l).ifPresent(h.selfHosts::add));
        i++;
      } else if (Captions.isCaption(b)) {
        h.captions.add(t);
        h.justAfterTitle = false;
        i++;
      } else if (b.lines().size() > 1 && shortLines(b)) {
        blocks.remove(i);
        blocks.addAll(i, b.splitLines());
      } else if (known != null && !h.titleSeen && t.equalsIgnoreCase(known)) {
        h.titleSeen = true;
        h.justAfterTitle = true;
        i++;
      } else if (known == null && h.title == null) {
        if (!readTitle(blocks, i, h)) {
          return i;
        }
        i++;
      } else if (readDateOrByline(t, h)) {
        h.justAfterTitle = false;
        i++;
      } else if (h.justAfterTitle
          && isStandfirst(t)
          && blocks.size() - i > 2
          && !nextIsLower(blocks, i)) {
        h.subtitle = t;
        h.justAfterTitle = false;
        i++;
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean shortLines(Block b) {
    return !b.repeated()
        && b.lines().stream().allMatch(l -> TextNormaliser.words(l) <= MAX_HEADER_LINE_WORDS);
  }

  /** Takes block {@code i} as the section label or the title; false when it is body text. */
  private static boolean readTitle(List<Block> blocks, int i, Header h) {
    Block b = blocks.get(i);
    String t = b.text();
    if (b.heading()) {
      setTitle(h, t);
      return true;
    }
    if (h.section == null && b.words() <= 2 && isTitle(t) && nextIsTitle(blocks, i)) {
      h.section = t;
      return true;
    }
    if (isTitle(t)) {
      setTitle(h, t);
      return true;
    }
    return false;
  }

  private static void setTitle(Header h, String t) {
    h.title = t;
    h.titleSeen = true;
    h.justAfterTitle = true;
  }

  /** Whether the block after {@code i} is a title, so that block {@code i} is a section label. */
  private static boolean nextIsTitle(List<Block> blocks, int i) {
    if (i + 1 >= blocks.size()) {
      return false;
    }
    Block next = blocks.get(i + 1);
    if (next.heading()) {
      return true;
    }
    String t = next.text();
    return isTitle(t)
        && next.words() > 2
        && Bylines.parse(t).isEmpty()
        && Dates.findInProse(t).isEmpty()
        && !nextIsLower(blocks, i + 1);
  }

  private static boolean isTitle(String t) {
    int words = TextNormaliser.words(t);
    return words >= 1 && words <= MAX_TITLE_WORDS && !TITLE_END.matcher(t).find();
  }

  /** Reads a date line or a byline (which may carry a date); false when {@code t} is neither. */
  private static boolean readDateOrByline(String t, Header h) {
    Optional<Dates.Found> date = Dates.findInProse(t);
    if (date.isPresent() && isDateLine(t, date.get())) {
      h.published = h.published == null ? date.get().date().toString() : h.published;
      return true;
    }
    if (h.authors.isEmpty() && TextNormaliser.words(t) <= MAX_HEADER_LINE_WORDS + 4) {
      Optional<List<String>> names = Bylines.parse(t);
      if (names.isPresent()) {
        h.authors = names.get();
        date.ifPresent(d -> h.published = h.published == null ? d.date().toString() : h.published);
        return true;
      }
    }
    return false;
  }

  private static boolean isDateLine(String t, Dates.Found d) {
    String rest = t.substring(0, d.start()) + " " + t.substring(d.end());
    return TextNormaliser.words(DATE_NOISE.matcher(rest).replaceAll(" ")) == 0;
  }

  private static boolean nextIsLower(List<Block> blocks, int i) {
    if (i + 1 >= blocks.size()) {
      return false;
    }
    String next = blocks.get(i + 1).text();
    return !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
  }

  private static boolean isStandfirst(String t) {
    int words = TextNormaliser.words(t);
    return words >= 3 && words <= MAX_STANDFIRST_WORDS && !Boilerplate.isBoilerplate(t);
  }
}
