package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The linguistic view of one article's {@code text}: tokens (with POS and lemma), sentences and
 * named-entity mentions, all with character offsets into that text. Immutable and thread-safe.
 *
 * @param text the article text every offset points into
 * @param language ISO 639-1 code ({@code en}, {@code de}) or ISO 639-3 where there is no 2-letter
 *     code, {@code und} when unknown
 * @param tokens the tokens in text order
 * @param sentences the sentences in text order
 * @param mentions the named-entity mentions in text order, with their canonical entity ids
 */
public record NlpDoc(
    String text,
    String language,
    List<Token> tokens,
    List<Sentence> sentences,
    List<Mention> mentions) {

  public NlpDoc {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  /**
   * One token.
   *
   * @param start first character, inclusive
   * @param end last character, exclusive
   * @param word the token's text
   * @param pos its part-of-speech tag (Universal Dependencies UPOS for English, e.g. {@code PROPN},
   *     {@code VERB}), or {@code X} when no tagger exists for the language
   * @param lemma its lemma (lower-cased word when no lemmatizer exists for the language)
   */
  public record Token(int start, int end, String word, String pos, String lemma) {}

  /**
   * One sentence.
   *
   * @param start first character, inclusive
   * @param end last character, exclusive
   * @param firstToken index of its first token in {@link NlpDoc#tokens()}
   * @param endToken index after its last token
   */
  public record Sentence(int start, int end, int firstToken, int endToken) {}

  /**
   * One named-entity mention.
   *
   * @param start first character, inclusive
   * @param end last character, exclusive
   * @param text the words as written
   * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code COUNTRY}, {@code
   *     NATIONALITY}, {@code MISC}…
   * @param entityId the canonical id of the entity it names (as in {@code Entity.id}), or {@code
   *     null} for a mention that was not resolved to an entity
   */
  public record Mention(int start, int end, String text, String type, String entityId) {}

  /** The tokens of sentence {@code i}. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** The index of the sentence containing character {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The mention that covers character {@code offset}, if any. */
  public Optional<Mention> mentionAt(int offset) {
    for (Mention m : mentions) {
      if (m.start() <= offset && offset < m.end()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The mentions lying entirely within {@code [start, end)}. */
  public List<Mention> mentionsIn(int start, int end) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.start() >= start && m.end() <= end) {
        out.add(m);
      }
    }
    return out;
  }
}
