package org.parallax.nlp.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.parallax.nlp.NlpDoc;
import org.parallax.nlp.NlpDoc.Sentence;
import org.parallax.nlp.NlpDoc.Token;

/**
 * Splits a text into sentences and tokens and tags them: OpenNLP models for English, the JDK's
 * {@link BreakIterator} for other languages. Thread-safe: each thread gets its own OpenNLP tools.
 */
public final class TextAnalyzer {

  /** Sentences longer than this are cut into pieces, so that no annotator sees a giant sentence. */
  public static final int MAX_SENTENCE_TOKENS = 150;

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

  private final ThreadLocal<Tools> tools;

  /** An analyzer over the given models. */
  public TextAnalyzer(OpenNlpModels models) {
    this.tools = ThreadLocal.withInitial(() -> new Tools(models));
  }

  /** Sentences and tokens of {@code text} in {@code language}; the result has no mentions. */
  public NlpDoc analyze(String text, String language) {
    return analyze(text, language, text.length());
  }

  /**
   * Sentences and tokens of the first {@code limit} characters of {@code text} (cut back to a
   * whitespace); offsets are offsets into the whole text. The result has no mentions.
   */
  public NlpDoc analyze(String text, String language, int limit) {
    boolean english = "en".equals(language);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (int[] para : paragraphs(text.substring(0, cut(text, limit)))) {
      String paragraph = text.substring(para[0], para[1]);
      List<int[]> bounds =
          english ? englishSentences(paragraph) : breakSentences(paragraph, language);
      for (int[] b : bounds) {
        int start = para[0] + b[0];
        int end = para[0] + b[1];
        List<Token> sentenceTokens =
            english ? englishTokens(text, start, end) : breakTokens(text, start, end, language);
        addSentences(sentenceTokens, tokens, sentences);
      }
    }
    return new NlpDoc(text, language, tokens, sentences, List.of());
  }

  /** {@code limit}, moved back to the nearest whitespace so that no word is cut. */
  static int cut(String text, int limit) {
    if (limit >= text.length()) {
      return text.length();
    }
    int c = limit;
    while (c > limit / 2 && !Character.isWhitespace(text.charAt(c))) {
      c--;
    }
    return c > limit / 2 ? c : limit;
  }

  private static void addSentences(
      List<Token> sentenceTokens, List<Token> tokens, List<Sentence> sentences) {
    for (int from = 0; from < sentenceTokens.size(); from += MAX_SENTENCE_TOKENS) {
      int to = Math.min(sentenceTokens.size(), from + MAX_SENTENCE_TOKENS);
      int first = tokens.size();
      tokens.addAll(sentenceTokens.subList(from, to));
      sentences.add(
          new Sentence(
              sentenceTokens.get(from).start(),
              sentenceTokens.get(to - 1).end(),
              first,
              first + to - from));
    }
  }

  /** Ranges of non-blank paragraphs, split on blank lines. */
  static List<int[]> paragraphs(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    int from = 0;
    while (m.find()) {
      addTrimmed(text, from, m.start(), out);
      from = m.end();
    }
    addTrimmed(text, from, text.length(), out);
    return out;
  }

  private static void addTrimmed(String text, int start, int end, List<int[]> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new int[] {start, end});
    }
  }

  private List<int[]> englishSentences(String paragraph) {
    Span[] spans = tools.get().sentences.sentPosDetect(paragraph);
    List<int[]> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      out.add(new int[] {s.getStart(), s.getEnd()});
    }
    if (out.isEmpty()) {
      out.add(new int[] {0, paragraph.length()});
    }
    return out;
  }

  private List<Token> englishTokens(String text, int start, int end) {
    Tools t = tools.get();
    String sentence = text.substring(start, end);
    Span[] spans = t.tokenizer.tokenizePos(sentence);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = t.tagger.tag(words);
    String[] lemmas = t.lemmatizer.lemmatize(words, tags);
    List<Token> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      String lemma = "O".equals(lemmas[i]) ? words[i].toLowerCase(Locale.ROOT) : lemmas[i];
      out.add(
          new Token(
              start + spans[i].getStart(), start + spans[i].getEnd(), words[i], tags[i], lemma));
    }
    return out;
  }

  private static List<int[]> breakSentences(String paragraph, String language) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
    it.setText(paragraph);
    List<int[]> out = new ArrayList<>();
    for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
      int a = s;
      int b = e;
      while (a < b && Character.isWhitespace(paragraph.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(paragraph.charAt(b - 1))) {
        b--;
      }
      if (b > a) {
        out.add(new int[] {a, b});
      }
    }
    return out;
  }

  private static List<Token> breakTokens(String text, int start, int end, String language) {
    BreakIterator it = BreakIterator.getWordInstance(Locale.forLanguageTag(language));
    String sentence = text.substring(start, end);
    it.setText(sentence);
    List<Token> out = new ArrayList<>();
    for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
      String word = sentence.substring(s, e);
      if (!word.isBlank()) {
        out.add(new Token(start + s, start + e, word, "X", word.toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  /** One thread's OpenNLP tools. */
  private static final class Tools {
    final SentenceDetectorME sentences;
    final TokenizerME tokenizer;
    final POSTaggerME tagger;
    final LemmatizerME lemmatizer;

    Tools(OpenNlpModels models) {
      sentences = new SentenceDetectorME(models.sentences());
      tokenizer = new TokenizerME(models.tokens());
      tagger = new POSTaggerME(models.pos());
      lemmatizer = new LemmatizerME(models.lemmas());
    }
  }
}
