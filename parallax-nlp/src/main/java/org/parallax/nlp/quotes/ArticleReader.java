package org.parallax.nlp.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Span;
import org.parallax.core.model.Speaker;

/** Attribution of the quotes of one article, in text order. Used by one thread, once. */
final class ArticleReader {

  private static final int SPEECH_WORDS = 5;
  private static final int TERM_WORDS = 4;
  private static final int NAME_WORDS = 8;
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "of", "and", "the", "from", "in", "on", "at", "for", "to", "a", "an", "with", "by", "vs.",
          "vs", "or", "und", "der", "die", "das", "von", "im");
  private static final Set<String> NOT_NOUNS =
      Set.of(
          "and", "or", "but", "that", "which", "who", "than", "as", "are", "be", "been", "being",
          "can", "could", "would", "should", "may", "might", "must", "by", "for", "like", "because",
          "if", "so", "und", "oder", "is", "was", "were", "will", "has", "have", "had");

  /**
   * Where one quote sits: token indices of its left frame {@code [li, qi)}, right frame {@code [ri,
   * re)}, and the start of its sentence.
   */
  private record Place(
      int paragraph, int paraStart, int li, int qi, int ri, int re, int sentence, boolean same) {}

  /**
   * The quoted words stripped, their count, and what their shape says.
   *
   * @param termLike few words that do not read as speech
   * @param endsSentence whether they end with a full stop, question or exclamation mark
   * @param endsOpen whether they end with a comma, question or exclamation mark, or a dash
   */
  private record Words(
      String text, int count, boolean termLike, boolean endsSentence, boolean endsOpen) {

    static Words of(String quoted) {
      String words = quoted.strip();
      int count = words.split("\\s+").length;
      return new Words(
          words,
          count,
          count <= TERM_WORDS && !speechLike(words),
          words.endsWith(".") || words.endsWith("!") || words.endsWith("?"),
          words.endsWith(",") || words.endsWith("?") || words.endsWith("!") || words.endsWith("—"));
    }
  }

  /** A quote's cue, speaker phrase and speaker; any may be {@code null}. */
  private record Attribution(Cue cue, Np np, Speaker speaker) {
    static final Attribution NONE = new Attribution(null, null, null);
  }

  private final Article article;
  private final List<MarkedQuote> marks;
  private final Frames frames;
  private final Discourse discourse;
  private final Set<String> seen = new HashSet<>();
  private Attribution previous = Attribution.NONE;

  ArticleReader(Article article, List<MarkedQuote> marks) {
    this.article = article;
    this.marks = marks;
    this.frames = new Frames(article.text());
    List<int[]> quoted = new ArrayList<>();
    for (MarkedQuote m : marks) {
      quoted.add(new int[] {m.start(), m.end()});
    }
    Names names =
        Names.of(article.text(), frames.toks, article.entities(), quoted, frames::sentenceEnd);
    this.discourse = new Discourse(frames, names);
  }

  List<Quote> read() {
    List<Quote> out = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      out.add(quote(i));
    }
    return List.copyOf(out);
  }

  private Place place(int i) {
    MarkedQuote m = marks.get(i);
    int paragraph = frames.paragraphOf(m.open());
    int[] para = frames.paragraphs.get(paragraph);
    MarkedQuote prev = i > 0 ? marks.get(i - 1) : null;
    MarkedQuote next = i + 1 < marks.size() ? marks.get(i + 1) : null;
    boolean prevHere = prev != null && prev.close() > para[0];
    int qi = frames.tokenAt(m.open());
    int floor = frames.tokenAt(prevHere ? prev.close() : para[0]);
    int li = frames.sentenceStart(qi, floor);
    int ri = frames.tokenAt(m.close());
    int ceil = frames.tokenAt(next != null && next.open() < para[1] ? next.open() : para[1]);
    int re = m.closed() ? frames.sentenceStop(ri, ceil) : ri;
    int sentence = frames.sentenceStart(qi, frames.tokenAt(para[0]));
    if (li == qi && paragraph > 0 && !prevHere) {
      int[] before = frames.paragraphs.get(paragraph - 1);
      char last = article.text().charAt(before[1] - 1);
      if (last == ':' || last == ',') {
        li = frames.sentenceStart(qi, frames.tokenAt(before[0]));
        sentence = li;
      }
    }
    return new Place(paragraph, para[0], li, qi, ri, re, sentence, prevHere && li == floor);
  }

  private Quote quote(int i) {
    MarkedQuote m = marks.get(i);
    Place p = place(i);
    Words w = Words.of(m.text());
    Cue cue = cue(p, w);
    boolean repeated =
        !seen.add(w.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd} ]", ""));
    Attribution a = attribution(cue, m, p);
    if (term(w, p, a, repeated)) {
      previous = Attribution.NONE;
      return new Quote(
          m.text(), article.span(m.start(), m.end()), QuoteKind.TERM, null, null, null, null);
    }
    if (a.speaker() == null && (w.count() >= SPEECH_WORDS || speechLike(w.text()))) {
      a = fromContext(a.cue(), m, p);
    }
    if (a.speaker() != null) {
      Np np = a.np();
      String head = np != null && np.type() == Np.Type.DESCRIPTION ? np.head() : null;
      discourse.spoke(a.speaker(), head, m.start());
    }
    previous = a;
    return speech(m, w, p, a);
  }

  /** The cue around the quote, or the previous quote's when it continues that quote's sentence. */
  private Cue cue(Place p, Words w) {
    Cue cue =
        SpeakerFinder.find(
            frames,
            p.li(),
            p.qi(),
            p.ri(),
            p.re(),
            p.same(),
            w.endsOpen(),
            w.termLike() ? 12 : 60,
            p.sentence(),
            w.endsSentence());
    if (cue == null && p.same() && previous.speaker() != null) {
      return Cue.inherited();
    }
    return cue;
  }

  /** What the cue says: the previous quote's attribution, the cue's subject resolved, or none. */
  private Attribution attribution(Cue cue, MarkedQuote m, Place p) {
    if (cue != null && cue.inherit()) {
      return previous;
    }
    if (cue != null && cue.subject() != null) {
      Np np = cue.subject();
      return new Attribution(
          cue, np, discourse.resolve(np, m.open(), frames.toks.get(p.li()).start()));
    }
    return new Attribution(cue, null, null);
  }

  /** Whether the quoted words are a term, a name or a scare quote rather than speech. */
  private boolean term(Words w, Place p, Attribution a, boolean repeated) {
    Cue cue = a.cue();
    boolean named = cue != null && cue.naming() && cue.subject() == null && w.count() <= NAME_WORDS;
    boolean scare = w.termLike() && (repeated || inTitle(p) || a.speaker() == null);
    boolean attributive = w.termLike() && attributive(p.qi(), p.ri());
    return scare || named || nameOfThing(w, p, cue) || attributive;
  }

  /** "the “Lion King”", "“Fire and Fury” — the book": title-cased words or a headline. */
  private boolean nameOfThing(Words w, Place p, Cue cue) {
    boolean titled =
        titleCase(w.text())
            && w.count() <= NAME_WORDS
            && !w.endsSentence()
            && (cue == null || cue.subject() == null || cue.naming());
    boolean headline =
        !w.endsSentence()
            && p.ri() < frames.toks.size()
            && (frames.toks.get(p.ri()).is("—") || frames.toks.get(p.ri()).is("–"));
    return titled || headline;
  }

  /** Whether the quote sits in the first paragraph and that paragraph is the article's title. */
  private boolean inTitle(Place p) {
    return p.paragraph() == 0
        && article.title() != null
        && article.text().startsWith(article.title().strip());
  }

  /**
   * The speaker of a speech quote without a cue: the last cue's subject in the paragraph, the
   * paragraph's subject, or else the last speaker of the paragraph or the one before.
   */
  private Attribution fromContext(Cue cue, MarkedQuote m, Place p) {
    Np np = fallback(m, p.paraStart());
    if (np == null) {
      np = discourse.subjectIn(p.paraStart(), m.open());
    }
    if (np == null) {
      Discourse.Said s = discourse.last(p.paragraph(), 2);
      return new Attribution(cue, null, s == null ? null : s.speaker());
    }
    int at = frames.tokenAt(np.start());
    int from = frames.toks.get(frames.sentenceStart(at, frames.tokenAt(p.paraStart()))).start();
    return new Attribution(cue, np, discourse.resolve(np, m.open(), from));
  }

  /** The quote as speech with its attribution. */
  private Quote speech(MarkedQuote m, Words w, Place p, Attribution a) {
    Cue cue = a.cue();
    Span speakerSpan = a.np() == null ? null : article.span(a.np().start(), a.np().end());
    return new Quote(
        m.text(),
        article.span(m.start(), m.end()),
        directness(w.text(), p.li(), p.qi(), cue),
        a.speaker(),
        speakerSpan,
        cue == null ? null : cue.cue(),
        cue == null ? null : via(cue.via()));
  }

  /** The outlet's entity name where an entity covers it, else the words. */
  private String via(Np np) {
    if (np == null) {
      return null;
    }
    Entity e = discourse.names().entityAt(np.start(), np.end());
    return e != null ? e.name() : np.text();
  }

  private static boolean speechLike(String words) {
    String w = " " + words.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}“”]", " ") + " ";
    for (String p :
        List.of(
            " i ", " we ", " our ", " my ", " you ", " us ", " me ", " ich ", " wir ", " uns ",
            " mich ")) {
      if (w.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private QuoteKind directness(String words, int li, int qi, Cue cue) {
    boolean upper = !words.isEmpty() && Character.isUpperCase(words.charAt(0));
    if (!upper) {
      return QuoteKind.PARTIAL;
    }
    if (li >= qi || (cue != null && cue.fromRight())) {
      return QuoteKind.DIRECT;
    }
    String last = frames.toks.get(qi - 1).word();
    return last.equals(":") || last.equals(",") ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
  }

  /**
   * The speaker of the last cue in the paragraph before an unattributed quote ("Wilkins also said
   * …. “…”", "“…,” said X. “…”").
   */
  private Np fallback(MarkedQuote m, int paraStart) {
    int from = frames.tokenAt(paraStart);
    int to = frames.tokenAt(m.open());
    for (int k = to - 1; k >= from; k--) {
      Tok t = frames.toks.get(k);
      if (t.capitalised()
          || !Lexicon.CUES.contains(t.lower())
          || Lexicon.NAMING.contains(t.lower())
          || insideQuote(t.start())) {
        continue;
      }
      int stop = k + 1;
      while (stop < to
          && !frames.sentenceEnd(stop - 1)
          && !insideQuote(frames.toks.get(stop).start())) {
        stop++;
      }
      Np np = Phrases.before(article.text(), frames.toks, k, Math.max(from, k - 12));
      if (np == null) {
        np = Phrases.after(article.text(), frames.toks, k + 1, stop);
      }
      if (np != null) {
        return np;
      }
    }
    return null;
  }

  private boolean insideQuote(int offset) {
    for (MarkedQuote q : marks) {
      if (q.open() <= offset && offset < q.close()) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word of {@code words} (two or more) starts with a capital or is a small word. */
  private static boolean titleCase(String words) {
    String[] w = words.replaceAll("[\\p{Punct}“”]+$", "").split("\\s+");
    if (w.length < 2) {
      return false;
    }
    for (String x : w) {
      boolean small = SMALL_WORDS.contains(x);
      if (!x.isEmpty()
          && !small
          && !Character.isUpperCase(x.charAt(0))
          && !Character.isDigit(x.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** "the “Lion” release", "the “carrot and stick” strategy": a quoted modifier of a noun. */
  private boolean attributive(int qi, int ri) {
    if (qi == 0 || ri >= frames.toks.size()) {
      return false;
    }
    Tok before = frames.toks.get(qi - 1);
    Tok after = frames.toks.get(ri);
    String b = before.lower();
    boolean determiner =
        Lexicon.DETERMINERS.contains(b)
            || before.possessive()
            || Set.of("its", "their", "his", "her", "our").contains(b);
    String a = after.lower();
    boolean noun =
        after.isWord()
            && !after.capitalised()
            && !Lexicon.PREPOSITIONS.contains(a)
            && !Lexicon.FILLERS.contains(a)
            && !Lexicon.CUES.contains(a)
            && !NOT_NOUNS.contains(a);
    return determiner && noun;
  }
}
