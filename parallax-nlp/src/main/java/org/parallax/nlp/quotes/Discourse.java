package org.parallax.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.core.model.Speaker;

/**
 * Resolves speaker phrases to speakers, remembering who has spoken so far in the article: pronouns
 * go to the right earlier person, "the official" to the earlier official, "a senior US official" to
 * a new anonymous source.
 */
final class Discourse {

  /** A speaker and where it last spoke. */
  record Said(Speaker speaker, String head, int paragraph, int offset) {}

  private final Frames frames;
  private final Names names;
  private final List<Said> said = new ArrayList<>();

  Discourse(Frames frames, Names names) {
    this.frames = frames;
    this.names = names;
  }

  /** The names of the article. */
  Names names() {
    return names;
  }

  /** Records that {@code speaker} spoke at {@code offset}. */
  void spoke(Speaker speaker, String head, int offset) {
    said.add(new Said(speaker, head, frames.paragraphOf(offset), offset));
  }

  /**
   * The last speaker, if it spoke in paragraph {@code paragraph} or at most {@code back} before it.
   */
  Said last(int paragraph, int back) {
    if (said.isEmpty()) {
      return null;
    }
    Said s = said.get(said.size() - 1);
    return paragraph - s.paragraph() <= back ? s : null;
  }

  /**
   * The speaker {@code np} stands for.
   *
   * @param quoteOpen where the quote opens
   * @param sentenceStart where the sentence holding the phrase starts
   */
  Speaker resolve(Np np, int quoteOpen, int sentenceStart) {
    return switch (np.type()) {
      case NAME -> names.speaker(np);
      case PRONOUN -> pronoun(np, quoteOpen, sentenceStart);
      case DESCRIPTION -> description(np);
    };
  }

  private Speaker pronoun(Np np, int quoteOpen, int sentenceStart) {
    String p = np.text().toLowerCase(Locale.ROOT);
    int paragraph = frames.paragraphOf(np.start());
    if (p.equals("it") || p.equals("they") || p.equals("es") || p.equals("i") || p.equals("we")) {
      Said s = last(paragraph, 3);
      return s == null ? null : s.speaker();
    }
    boolean before = np.end() <= quoteOpen;
    if (before) {
      Names.Occurrence o = nearest(sentenceStart, np.start(), true);
      if (o != null) {
        return names.speaker(o.np());
      }
    }
    int paraStart = frames.paragraphs.get(paragraph)[0];
    int to = Math.min(quoteOpen, np.start());
    Np subject = subjectIn(paraStart, to, true);
    Said recent = last(paragraph, 1);
    if (recent != null
        && recent.speaker().id() != null
        && (subject == null || recent.offset() > subject.end())) {
      return recent.speaker();
    }
    if (subject != null) {
      return names.speaker(subject);
    }
    Names.Occurrence o = nearest(paraStart, to, false);
    if (o != null) {
      return names.speaker(o.np());
    }
    Said s = last(paragraph, 1);
    if (s != null && s.speaker().id() != null) {
      return s.speaker();
    }
    subject = subjectIn(frames.paragraphs.get(Math.max(0, paragraph - 2))[0], paraStart, true);
    if (subject != null) {
      return names.speaker(subject);
    }
    o = nearest(0, paraStart, false);
    if (o != null) {
      return names.speaker(o.np());
    }
    return s == null ? null : s.speaker();
  }

  /** The last name in subject position, person-like, within {@code [from, to)}, or {@code null}. */
  Np subjectIn(int from, int to) {
    return subjectIn(from, to, false);
  }

  private Np subjectIn(int from, int to, boolean human) {
    Names.Occurrence best = null;
    for (Names.Occurrence o : names.occurrences()) {
      if (o.np().start() >= from
          && o.np().end() <= to
          && (human ? o.human() : o.person())
          && o.subject()
          && !o.possessive()) {
        best = o;
      }
    }
    return best == null ? null : best.np();
  }

  /** The last person-like name occurrence in {@code [from, to)}. */
  private Names.Occurrence nearest(int from, int to, boolean possessiveToo) {
    Names.Occurrence best = null;
    for (Names.Occurrence o : names.occurrences()) {
      if (o.np().start() >= from
          && o.np().end() <= to
          && o.human()
          && (possessiveToo || !o.possessive())) {
        best = o;
      }
    }
    return best;
  }

  private Speaker description(Np np) {
    String words = np.text();
    if (np.definite()) {
      for (int i = said.size() - 1; i >= 0; i--) {
        Said s = said.get(i);
        if (np.head().equals(s.head())) {
          return s.speaker();
        }
      }
    }
    String name =
        words.toLowerCase(Locale.ROOT).startsWith("unnamed ") ? words : "unnamed " + words;
    return new Speaker(null, name);
  }
}
