package org.parallax.nlp;

import java.util.function.Supplier;
import org.parallax.nlp.entities.AliasTable;
import org.parallax.nlp.entities.EntityResolver;
import org.parallax.nlp.ner.CoreNlpTagger;
import org.parallax.nlp.quotes.QuoteAttributor;
import org.parallax.nlp.text.LanguageIdentifier;
import org.parallax.nlp.text.OpenNlpModels;
import org.parallax.nlp.text.TextAnalyzer;

/**
 * The process-wide annotators, each loaded on first use and then shared by every thread: OpenNLP
 * (about 1 s), the alias table, and CoreNLP (a few seconds and about 1 GB, only when an English
 * article arrives).
 */
final class Models {

  private static final Models SHARED = new Models();

  /**
   * Loggers of the NLP libraries that warn once per sentence or per thread about things Parallax
   * handles itself: SUTime's "No document date specified" (an article without a date is expected
   * and noted on the article) and OpenNLP's XML-parser feature probe. Raised to {@code error} for
   * slf4j-simple unless the user configured them.
   */
  private static final String[] NOISY_LOGGERS = {
    "edu.stanford.nlp.time.TimeAnnotator", "TimeAnnotator", "opennlp.tools.util.XmlUtil", "XmlUtil"
  };

  static {
    for (String logger : NOISY_LOGGERS) {
      String key = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "error");
      }
    }
  }

  private final Supplier<OpenNlpModels> openNlp = memo(OpenNlpModels::load);
  private final Supplier<TextAnalyzer> text = memo(() -> new TextAnalyzer(openNlp.get()));
  private final Supplier<LanguageIdentifier> language =
      memo(() -> new LanguageIdentifier(openNlp.get()));
  private final Supplier<CoreNlpTagger> tagger = memo(CoreNlpTagger::create);
  private final Supplier<EntityResolver> resolver =
      memo(() -> new EntityResolver(AliasTable.load()));
  private final Supplier<QuoteAttributor> quotes = memo(QuoteAttributor::create);

  static Models shared() {
    return SHARED;
  }

  TextAnalyzer text() {
    return text.get();
  }

  LanguageIdentifier language() {
    return language.get();
  }

  CoreNlpTagger tagger() {
    return tagger.get();
  }

  EntityResolver resolver() {
    return resolver.get();
  }

  QuoteAttributor quotes() {
    return quotes.get();
  }

  /** Loads everything now (for start-up measurements and servers that want no first-call lag). */
  void warmUp() {
    text();
    language();
    tagger();
    resolver();
    quotes();
  }

  private static <T> Supplier<T> memo(Supplier<T> loader) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = loader.get();
              value = v;
            }
          }
        }
        return v;
      }
    };
  }
}
