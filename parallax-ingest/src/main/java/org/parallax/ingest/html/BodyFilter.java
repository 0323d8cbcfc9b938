package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the chosen container's blocks into the article body: drops link lists and boilerplate
 * lines, the headline, repeated captions, and rejoins paragraphs split mid-sentence.
 */
final class BodyFilter {

  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "^(advertisement|advertising|anzeige|werbung|publicit[eé]|sponsored|read more|read next"
              + "|more:?|related:?|related (articles|stories|content)|see also|share( this)?( article| story)?"
              + "|share on \\w+|tweet|email|print|comments?|\\d+ comments?|sign up.*|subscribe.*"
              + "|follow us.*|click here.*|newsletter.*|all rights reserved.*|(©|\\(c\\)|copyright).*"
              + "|photo:.*|image:.*|getty images|shutterstock|skip to .*|loading\\.*|menu|close"
              + "|back to top|top stories|trending|most (read|popular|viewed)|jetzt teilen|teilen"
              + "|mehr zum thema.*|lesen sie auch.*|weiterlesen|zum artikel|cookie.*)$");

  private BodyFilter() {}

  /** The kept blocks, in order; captions are kept once. */
  static List<Block> filter(List<Block> blocks, String title) {
    List<Block> kept = new ArrayList<>();
    Set<String> seenCaptions = new LinkedHashSet<>();
    String titleKey = title == null ? null : key(title);
    for (Block b : blocks) {
      String t = b.text();
      if (b.linkDensity() > 0.5 && !(b.kind() == Block.Kind.CAPTION)) {
        continue;
      }
      if (t.length() < 120 && BOILERPLATE.matcher(t.toLowerCase(Locale.ROOT)).matches()) {
        continue;
      }
      if (b.kind() == Block.Kind.CAPTION) {
        if (seenCaptions.add(key(t))) {
          kept.add(b);
        }
        continue;
      }
      if (titleKey != null && key(t).equals(titleKey)) {
        continue;
      }
      kept.add(b);
    }
    return rejoin(kept);
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  private static List<Block> rejoin(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      Block prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null
          && prev.kind() == Block.Kind.PARAGRAPH
          && b.kind() == Block.Kind.PARAGRAPH
          && endsMidSentence(prev.text())
          && startsLowercase(b.text())) {
        out.set(
            out.size() - 1,
            new Block(
                prev.kind(),
                prev.text() + " " + b.text(),
                prev.linkChars() + b.linkChars(),
                prev.element()));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  private static boolean endsMidSentence(String s) {
    char last = s.charAt(s.length() - 1);
    return Character.isLetterOrDigit(last) || last == ',';
  }

  private static boolean startsLowercase(String s) {
    return Character.isLowerCase(s.codePointAt(0));
  }
}
