package org.parallax.bench.quotes;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP 4.5's {@code QuoteAnnotator} with attribution and no coreference ("mode D" of the
 * dependency notes): tokenize, ssplit, pos, lemma, ner, then a second pipeline with only {@code
 * quote}, an empty coref chain map injected and requirement checks off. The English models run on
 * every language (CoreNLP has no German quote attribution).
 */
public final class CoreNlpQuotes implements QuoteSystem {

  private final StanfordCoreNLP base;
  private final StanfordCoreNLP quote;

  /** Loads both pipelines (several seconds, about a gigabyte of heap). */
  public CoreNlpQuotes() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    base = new StanfordCoreNLP(p);
    Properties q = new Properties();
    q.setProperty("annotators", "quote");
    q.setProperty("enforceRequirements", "false");
    q.setProperty("quote.attributeQuotes", "true");
    q.setProperty("quote.attribution.useCoref", "false");
    quote = new StanfordCoreNLP(q, false);
  }

  @Override
  public String name() {
    return "CoreNLP QuoteAnnotator";
  }

  @Override
  public List<SystemQuote> quotes(GoldDoc doc) {
    Annotation a = new Annotation(doc.text());
    base.annotate(a);
    a.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
    quote.annotate(a);
    List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    List<SystemQuote> out = new ArrayList<>();
    List<CoreMap> quotes = a.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return out;
    }
    for (CoreMap q : quotes) {
      int[] inner =
          GermanGold.trimMarks(
              doc.text(),
              q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      String mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
      if (speaker == null) {
        speaker = mention;
      }
      Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      int ss = -1;
      int se = -1;
      if (mb != null && me != null && mb >= 0 && me < tokens.size()) {
        ss = tokens.get(mb).beginPosition();
        se = tokens.get(me).endPosition();
      }
      boolean anonymous =
          speaker != null && !speaker.isEmpty() && Character.isLowerCase(speaker.charAt(0));
      out.add(new SystemQuote(inner[0], inner[1], false, speaker, anonymous, ss, se));
    }
    return out;
  }
}
