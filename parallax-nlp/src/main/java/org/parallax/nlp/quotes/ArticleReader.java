package org.parallax.nlp.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.core.model.Article;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Span;
import org.parallax.core.model.Speaker;

/** Attribution of the quotes of one article, in text order. Used by one thread, once. */
final class ArticleReader {

  private static final int SPEECH_WORDS = 5;

  private final Article article;
  private final List<MarkedQuote> marks;
  private final Frames frames;
  private final Discourse discourse;
  private final Set<String> seen = new HashSet<>();
  private Cue previousCue;
  private Speaker previousSpeaker;
  private Np previousNp;

  ArticleReader(Article article, List<MarkedQuote> marks) {
    this.article = article;
    this.marks = marks;
    this.frames = new Frames(article.text());
    List<int[]> quoted = new ArrayList<>();
    for (MarkedQuote m : marks) {
      quoted.add(new int[] {m.start(), m.end()});
    }
    Names names = Names.of(article.text(), frames.toks, article.entities(), quoted);
    this.discourse = new Discourse(frames, names);
  }

  List<Quote> read() {
    List<Quote> out = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      out.add(quote(i));
    }
    return List.copyOf(out);
  }

  private Quote quote(int i) {
    MarkedQuote m = marks.get(i);
    String text = article.text();
    int paragraph = frames.paragraphOf(m.open());
    int[] para = frames.paragraphs.get(paragraph);
    MarkedQuote prev = i > 0 ? marks.get(i - 1) : null;
    MarkedQuote next = i + 1 < marks.size() ? marks.get(i + 1) : null;
    boolean prevHere = prev != null && prev.close() > para[0];
    int qi = frames.tokenAt(m.open());
    int floor = frames.tokenAt(prevHere ? prev.close() : para[0]);
    int li = frames.sentenceStart(qi, floor);
    boolean sameSentence = prevHere && li == floor;
    int ri = frames.tokenAt(m.close());
    int ceil = frames.tokenAt(next != null && next.open() < para[1] ? next.open() : para[1]);
    int re = m.closed() ? frames.sentenceStop(ri, ceil) : ri;
    String words = m.text().strip();
    boolean endsOpen =
        words.endsWith(",")
            || words.endsWith("?")
            || words.endsWith("!")
            || words.endsWith("—")
            || words.endsWith("-");
    int wordCount = words.split("\\s+").length;
    boolean termLike = wordCount <= 4 && !speechLike(words);
    Cue cue =
        SpeakerFinder.find(frames, li, qi, ri, re, sameSentence, endsOpen, termLike ? 10 : 60);
    if (cue == null
        && prevHere
        && previousCue != null
        && previousCue.fromRight()
        && frames.tokenAt(prev.close()) < qi
        && li == floor) {
      cue = Cue.inherited();
    }
    String key = words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd} ]", "");
    boolean repeated = !seen.add(key);
    boolean title =
        paragraph == 0
            && article.title() != null
            && !article.title().isBlank()
            && text.startsWith(article.title().strip());
    Speaker speaker = null;
    Np np = null;
    String cueWords = null;
    String via = null;
    if (cue != null && cue.inherit()) {
      speaker = previousSpeaker;
      np = previousNp;
      cueWords = previousCue == null ? null : previousCue.cue();
      via = previousCue == null ? null : via(previousCue.via());
      cue = previousCue;
    } else if (cue != null && cue.subject() != null && !(cue.naming() && termLike)) {
      np = cue.subject();
      int sentenceStart =
          frames.toks.isEmpty() ? 0 : frames.toks.get(Math.min(li, frames.toks.size() - 1)).start();
      speaker = discourse.resolve(np, m.open(), sentenceStart);
      cueWords = cue.cue();
      via = via(cue.via());
    }
    QuoteKind kind;
    if ((termLike && (repeated || title || speaker == null))
        || (cue != null && cue.naming() && termLike)) {
      kind = QuoteKind.TERM;
      speaker = null;
      np = null;
      cueWords = null;
      via = null;
      cue = null;
    } else {
      if (speaker == null && (wordCount >= SPEECH_WORDS || speechLike(words))) {
        Np found = fallback(paragraph, m, para[0]);
        if (found != null) {
          np = found;
          speaker = discourse.resolve(found, m.open(), para[0]);
        } else {
          Discourse.Said s = discourse.last(paragraph, 2);
          speaker = s == null ? null : s.speaker();
        }
      }
      kind = directness(words, li, qi, cue);
    }
    if (speaker != null) {
      discourse.spoke(
          speaker, np != null && np.type() == Np.Type.DESCRIPTION ? np.head() : null, m.start());
    }
    previousCue = cue;
    previousSpeaker = speaker;
    previousNp = np;
    Span speakerSpan =
        np == null || np.end() > text.length() ? null : article.span(np.start(), np.end());
    return new Quote(
        words.isEmpty() ? m.text() : m.text(),
        article.span(m.start(), m.end()),
        kind,
        speaker,
        speakerSpan,
        cueWords,
        via);
  }

  /** The outlet's entity name where an entity covers it, else the words. */
  private String via(Np np) {
    if (np == null) {
      return null;
    }
    org.parallax.core.model.Entity e = discourse.names().entityAt(np.start(), np.end());
    return e != null ? e.name() : np.text();
  }

  private static boolean speechLike(String words) {
    String w = " " + words.toLowerCase(Locale.ROOT) + " ";
    return w.contains(" i ")
        || w.contains(" we ")
        || w.contains(" our ")
        || w.contains(" my ")
        || w.contains(" you ")
        || w.contains(" us ")
        || w.contains(" i'm ")
        || w.contains(" ich ")
        || w.contains(" wir ");
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
   * The subject of the last cue in the paragraph before an unattributed quote ("Wilkins also said
   * …. “…”").
   */
  private Np fallback(int paragraph, MarkedQuote m, int paraStart) {
    int from = frames.tokenAt(paraStart);
    int to = frames.tokenAt(m.open());
    Np best = null;
    for (int k = from; k < to; k++) {
      Tok t = frames.toks.get(k);
      if (insideQuote(t.start())) {
        continue;
      }
      if (Lexicon.CUES.contains(t.lower()) && !Lexicon.NAMING.contains(t.lower())) {
        Np np = Phrases.before(article.text(), frames.toks, k, Math.max(from, k - 12));
        if (np != null) {
          best = np;
        }
      }
    }
    return best;
  }

  private boolean insideQuote(int offset) {
    for (MarkedQuote q : marks) {
      if (q.open() <= offset && offset < q.close()) {
        return true;
      }
    }
    return false;
  }
}
