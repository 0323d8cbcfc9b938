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
              + "|mehr zum thema.*|lesen sie auch.*|weiterlesen|zum artikel|cookie.*|drukuj|(rezept )?drucken"
              + "|teilen sie dies mit:?|bild anzeigen|gefällt mir:?|like this:?|share this:?"
              + "|(foto|fotos|photo|photos|bild|image|credit|quelle|source|crédit)s?\\s*:.*|reklama|pdf|\\d+ min(ute)? read"
              + "|bild vergrößern|zoom|vergrößern|mehr erfahren|learn more|listen|anhören)$");

  /** Lines after which the article's own text has ended for sure: comments, author box. */
  private static final Pattern HARD_TRAILER =
      Pattern.compile(
          "^(leave a (reply|comment).*|(\\d+ )?comments?( \\(\\d+\\))?:?|about the author"
              + "|über den autor|zum autor|kommentare?( \\(\\d+\\))?:?|kommentar schreiben"
              + "|eine antwort schreiben|antwort schreiben|publier un commentaire"
              + "|schreibe einen kommentar.*|kommentar verfassen|(write|post|add) a comment"
              + "|join the conversation|deja un comentario|lascia un commento|zostaw komentarz)$");

  /** Lines that usually start a list of links to other articles. */
  private static final Pattern SOFT_TRAILER =
      Pattern.compile(
          "^(related( articles| stories| posts| content| coverage)?|you (might|may) also like.*"
              + "|more from .*|recommended( for you)?|read more:?|das könnte sie auch interessieren.*"
              + "|auch interessant:?|mehr zum thema:?|weitere artikel.*|ähnliche (artikel|beiträge).*"
              + "|verwandte artikel|lesen sie auch:?|weiterlesen:?|empfehlungen.*|articles? similaires"
              + "|à lire aussi.*|lire aussi.*|te puede interesar.*|noticias relacionadas"
              + "|artículos relacionados|potrebbe interessarti.*|leggi anche.*"
              + "|das thema könnte dich auch interessieren:?)$");

  /**
   * Labels over lists of other articles: dropped, and the list after them when no prose follows.
   */
  private static final Pattern MORE_LABEL =
      Pattern.compile(
          "^(weitere|mehr|ähnliche|aktuelle|neueste|top|related|more|latest|recent|popular|meist"
              + "|schon gelesen|zum weiterlesen|temas relacionados|articles? les plus|entdecke"
              + "|vorschau|der nächste|nächste[rn]? (artikel|beitrag)|previous|next|kommentare"
              + " geschlossen|comments are closed)\\b.{0,40}$");

  /** Byline and dateline lines: credits and dates, not article text. */
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(posted|published|updated|last updated|veröffentlicht|aktualisiert|geschrieben|publié"
              + "|mis à jour|publicado|actualizado|pubblicato|written|by|von|par|por|di|door)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Photo credits (matched on lower-cased text): a short block with one is a caption. */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(\\(|\\b)(foto|fotos|bild|photo|image|credit|quelle|crédit|photograph)s?\\s*:|©"
              + "|shutterstock|getty images|picture.alliance");

  /**
   * Words that {@link #CREDIT} cannot match without: a block holding none of them is no credit (a
   * cheap test before the regex).
   */
  private static final List<String> CREDIT_WORDS =
      List.of(
          "foto",
          "bild",
          "photo",
          "image",
          "credit",
          "quelle",
          "crédit",
          "©",
          "shutterstock",
          "getty images",
          "picture");

  /** Advertising and affiliate disclosures anywhere in lower-cased text. */
  private static final List<String> DISCLOSURE =
      List.of(
          "provision vom händler",
          "affiliate",
          "advertiser",
          "enthält werbung",
          "we may receive",
          "we may earn",
          "receive compensation");

  /** Advertising disclosures that open lower-cased text. */
  private static final Pattern DISCLOSURE_START = Pattern.compile("\\*?werbung\\b|anzeige\\b");

  /** Calls to action and site notices that end many articles: subscribe, share, rate, contact. */
  private static final List<String> CALLS_TO_ACTION =
      List.of(
          "newsletter",
          "abonn",
          "subscri",
          "suscr",
          "teilen",
          "share",
          "bewerte",
          "rate this",
          "kommentar",
          "comment",
          "telegram",
          "whatsapp",
          "facebook",
          "twitter",
          "instagram",
          "youtube",
          "download the",
          "copyright",
          "alle rechte",
          "all rights",
          "rights reserved",
          "prawem autorskim",
          "lizenz",
          "licence",
          "license",
          "datenschutz",
          "privacy",
          "kontakt",
          "contact",
          "e-mail:",
          "telefon",
          "follow us",
          "folgen sie",
          "s\u00edguenos",
          "unterst\u00fctze",
          "support our",
          "letter to the editor",
          "weitere infos",
          "weitere informationen",
          "weitere artikel",
          "weitere beitr\u00e4ge",
          "mehr zu",
          "more from",
          "read more",
          "weiterlesen",
          "schon gelesen",
          "loading",
          "wird geladen");

  /** {@link #CALLS_TO_ACTION} in any case. */
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          String.join("|", CALLS_TO_ACTION), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Trailing lines shorter than this after the last paragraph are dropped. */
  private static final int TAIL = 80;

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
      String lower = t.length() < 250 ? t.toLowerCase(Locale.ROOT) : null;
      if (t.length() < 120 && BOILERPLATE.matcher(lower).matches()) {
        continue;
      }
      if (lower != null && disclosure(lower)) {
        continue;
      }
      if (b.kind() == Block.Kind.PARAGRAPH
          && t.length() < 200
          && Cues.containsAny(lower, CREDIT_WORDS)
          && CREDIT.matcher(lower).find()) {
        b = new Block(Block.Kind.CAPTION, t, b.linkChars(), b.element());
      }
      if (b.kind() == Block.Kind.CAPTION) {
        if (seenCaptions.add(key(t))) {
          kept.add(b);
        }
        continue;
      }
      if (titleKey != null && t.length() <= 2 * title.length() + 20 && key(t).equals(titleKey)) {
        continue;
      }
      if ((b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.LIST_ITEM)
          && (fragment(t) || byline(t))) {
        continue;
      }
      kept.add(b);
    }
    return rejoin(dropTail(cutTrailer(kept)));
  }

  /** Whether lower-cased text is an advertising or affiliate disclosure. */
  private static boolean disclosure(String lower) {
    return Cues.containsAny(lower, DISCLOSURE) || DISCLOSURE_START.matcher(lower).lookingAt();
  }

  private static List<Block> cutTrailer(List<Block> blocks) {
    int chars = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (chars >= 400 && b.text().length() < 60 && b.kind() != Block.Kind.CAPTION) {
        String t = b.text().toLowerCase(Locale.ROOT);
        boolean label = SOFT_TRAILER.matcher(t).matches() || MORE_LABEL.matcher(t).matches();
        if (HARD_TRAILER.matcher(t).matches()
            || (label && !prose(blocks.subList(i + 1, blocks.size())))) {
          return blocks.subList(0, i);
        }
        if (label && !sentence(t)) {
          List<Block> out = new ArrayList<>(blocks.subList(0, i));
          out.addAll(cutTrailer(blocks.subList(i + 1, blocks.size())));
          return out;
        }
      }
      chars += b.text().length();
    }
    return blocks;
  }

  /**
   * Drops the short lines after the last real paragraph: bylines, credits, share and contact lines
   * that survive the other rules sit there.
   */
  private static List<Block> dropTail(List<Block> blocks) {
    int last = -1;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      if (b.kind() == Block.Kind.CAPTION) {
        continue;
      }
      if (b.text().length() >= TAIL || b.kind() == Block.Kind.CELL || b.kind() == Block.Kind.PRE) {
        last = i;
        break;
      }
    }
    if (last < 0) {
      return blocks;
    }
    List<Block> out = new ArrayList<>(blocks.subList(0, last + 1));
    for (Block b : blocks.subList(last + 1, blocks.size())) {
      if (b.kind() == Block.Kind.CAPTION || sentence(b.text())) {
        out.add(b);
      }
    }
    return dropCallsToAction(out);
  }

  /** Drops the calls to action and notices at the very end of the body. */
  private static List<Block> dropCallsToAction(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks);
    int dropped = 0;
    for (int i = out.size() - 1; i > 0 && dropped < 4; i--) {
      Block b = out.get(i);
      if (b.kind() == Block.Kind.CAPTION) {
        continue;
      }
      if (b.text().length() >= 300 || !callToAction(b.text())) {
        break;
      }
      out.remove(i);
      dropped++;
    }
    return out;
  }

  /**
   * Whether {@code t} holds a call to action. The regex runs only when the lower-cased text holds
   * one of the words, or a character that matches an ASCII letter only in the regex's case folding
   * (\u0130, \u0131, \u017f).
   */
  static boolean callToAction(String t) {
    boolean folds =
        t.indexOf('\u0130') >= 0 || t.indexOf('\u0131') >= 0 || t.indexOf('\u017f') >= 0;
    if (!folds && !Cues.containsAny(t.toLowerCase(Locale.ROOT), CALLS_TO_ACTION)) {
      return false;
    }
    return CALL_TO_ACTION.matcher(t).find();
  }

  /** Whether a line ends like a sentence. */
  private static boolean sentence(String t) {
    char last = t.charAt(t.length() - 1);
    return ".!?…\"”»。！？」".indexOf(last) >= 0;
  }

  /** A short credit or date line ("By Jane Doe", "Posted on 4 May 2021", "04.05.2021 12:00"). */
  private static boolean byline(String t) {
    if (t.length() > 90) {
      return false;
    }
    if (!t.endsWith(".") && BYLINE.matcher(t).matches()) {
      return true;
    }
    return t.length() < 40
        && DateParser.first(t, java.time.LocalDate.of(2100, 1, 1)) != null
        && t.split("\\s+").length <= 6;
  }

  /** Whether any block is a real paragraph: long, few links. */
  private static boolean prose(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.kind() == Block.Kind.PARAGRAPH && b.text().length() >= 120 && b.linkDensity() < 0.1) {
        return true;
      }
    }
    return false;
  }

  /** A line of at most two words without closing punctuation: a label, not prose. */
  private static boolean fragment(String t) {
    if (t.length() > 30) {
      return false;
    }
    int words = t.split("\\s+").length;
    char last = t.charAt(t.length() - 1);
    return words <= 2 && ".!?…:\"”»)。！？」".indexOf(last) < 0;
  }

  private static String key(String s) {
    StringBuilder k = new StringBuilder(s.length());
    s.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(k::appendCodePoint);
    return k.toString();
  }

  private static List<Block> rejoin(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      Block prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && sameRow(prev, b)) {
        out.set(
            out.size() - 1,
            new Block(
                Block.Kind.CELL,
                prev.text() + " | " + b.text(),
                prev.linkChars() + b.linkChars(),
                prev.element()));
      } else if (prev != null
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

  /** Whether two cells sit side by side in one table row. */
  private static boolean sameRow(Block a, Block b) {
    return a.kind() == Block.Kind.CELL
        && b.kind() == Block.Kind.CELL
        && a.element() != b.element()
        && a.element().parent() == b.element().parent();
  }

  private static boolean endsMidSentence(String s) {
    char last = s.charAt(s.length() - 1);
    return Character.isLetterOrDigit(last) || last == ',';
  }

  private static boolean startsLowercase(String s) {
    return Character.isLowerCase(s.codePointAt(0));
  }
}
