package org.parallax.ingest.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.core.id.Urls;
import org.parallax.core.registry.SourceRegistry;

/**
 * Cleans the body blocks of an article: removes boilerplate (and the link titles under a "Related
 * stories" header), keeps captions once, reads the syndication credit, rejoins paragraphs that a
 * page break split, and turns short unpunctuated lines between paragraphs into headings. Iterative
 * and linear in the number of blocks. Thread-safe.
 */
public final class BodyCleaner {

  private static final int MAX_HEADING_WORDS = 10;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*$");
  private static final Pattern UNFINISHED_LINE = Pattern.compile("[.!?:;,…\"”’')\\]]$");

  private final Credits credits;

  /** A cleaner that checks credits against {@code registry}. */
  public BodyCleaner(SourceRegistry registry) {
    this.credits = new Credits(registry);
  }

  /** One body paragraph or heading, before joining. */
  private record Piece(String text, boolean heading) {}

  /**
   * Cleans {@code blocks}.
   *
   * @param findHeadings whether short unpunctuated lines become headings (true for text dumps; HTML
   *     pages mark their headings)
   */
  public Body clean(List<Block> blocks, boolean findHeadings) {
    Set<String> captions = new LinkedHashSet<>();
    List<String> selfHosts = new ArrayList<>();
    List<Piece> pieces = new ArrayList<>();
    boolean inList = false;
    for (Block b : blocks) {
      if (b.text().isEmpty()) {
        continue;
      }
      if (inList && Boilerplate.isListItem(b.text())) {
        continue;
      }
      inList = Boilerplate.isListHeader(b.text());
      if (inList || Boilerplate.isBoilerplate(b.text())) {
        b.links().forEach(l -> Urls.host(l).ifPresent(selfHosts::add));
        continue;
      }
      if (Captions.isCaption(b)) {
        captions.add(b.text());
        continue;
      }
      pieces.add(new Piece(b.text(), b.heading()));
    }
    pieces.removeIf(p -> captions.contains(p.text()));
    String syndicated = takeClosingCredit(pieces);
    pieces = rejoin(pieces);
    List<String> headings = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      boolean between = i > 0 && i < pieces.size() - 1 && !paragraphs.isEmpty();
      if (p.heading() || findHeadings && between && looksLikeHeading(p.text())) {
        headings.add(p.text());
      } else {
        paragraphs.add(p.text());
      }
    }
    if (syndicated == null && !paragraphs.isEmpty()) {
      syndicated = credits.dateline(paragraphs.get(0)).orElse(null);
    }
    return new Body(paragraphs, headings, List.copyOf(captions), syndicated, selfHosts);
  }

  /** Removes a credit line among the last three pieces and returns the outlet it names. */
  private String takeClosingCredit(List<Piece> pieces) {
    for (int i = pieces.size() - 1; i >= Math.max(1, pieces.size() - 3); i--) {
      Optional<String> credit = credits.closingCredit(pieces.get(i).text());
      if (credit.isPresent()) {
        pieces.remove(i);
        return credit.get();
      }
    }
    return null;
  }

  /** Joins a paragraph that stops mid-sentence with the next one when that starts in lower case. */
  private static List<Piece> rejoin(List<Piece> pieces) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : pieces) {
      if (!out.isEmpty() && !p.heading()) {
        Piece prev = out.get(out.size() - 1);
        if (!prev.heading() && startsLower(p.text()) && !SENTENCE_END.matcher(prev.text()).find()) {
          out.set(out.size() - 1, new Piece(prev.text() + " " + p.text(), false));
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  private static boolean startsLower(String s) {
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }

  private static boolean looksLikeHeading(String s) {
    int words = TextNormaliser.words(s);
    if (words == 0 || words > MAX_HEADING_WORDS || UNFINISHED_LINE.matcher(s).find()) {
      return false;
    }
    int first = s.codePointAt(0);
    return Character.isUpperCase(first) || Character.isDigit(first);
  }
}
