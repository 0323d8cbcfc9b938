package org.parallax.nlp.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models shipped on Maven Central (sentence, token, POS, lemma for English; language
 * detection for 103 languages), read from the classpath once. Models are immutable and thread-safe.
 *
 * @param sentences English sentence model
 * @param tokens English tokenizer model
 * @param pos English POS model (UD tags)
 * @param lemmas English lemmatizer model
 * @param languages language-detection model
 */
public record OpenNlpModels(
    SentenceModel sentences,
    TokenizerModel tokens,
    POSModel pos,
    LemmatizerModel lemmas,
    LanguageDetectorModel languages) {

  private static final String VERSION = "1.3-2.5.4";

  /**
   * Loads every model from the classpath; throws {@link UncheckedIOException} when one is missing.
   */
  public static OpenNlpModels load() {
    try {
      return new OpenNlpModels(
          new SentenceModel(open("/opennlp-en-ud-ewt-sentence-" + VERSION + ".bin")),
          new TokenizerModel(open("/opennlp-en-ud-ewt-tokens-" + VERSION + ".bin")),
          new POSModel(open("/opennlp-en-ud-ewt-pos-" + VERSION + ".bin")),
          new LemmatizerModel(open("/opennlp-en-ud-ewt-lemmas-" + VERSION + ".bin")),
          new LanguageDetectorModel(open("/langdetect-183.bin")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP models", e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = OpenNlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing model on the classpath: " + resource);
    }
    return in;
  }
}
