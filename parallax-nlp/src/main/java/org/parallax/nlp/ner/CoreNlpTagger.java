package org.parallax.nlp.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.parallax.nlp.ner.NerResult.Tagged;

/**
 * English NER and SUTime behind one small API: the adapter around Stanford CoreNLP. Build it once
 * per process ({@link #create()} takes a few seconds and about 1 GB of heap); {@link #tag} is
 * thread-safe.
 */
public final class CoreNlpTagger {

  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final Set<String> ENTITY_TYPES =
      Set.of(
          "PERSON",
          "ORGANIZATION",
          "LOCATION",
          "COUNTRY",
          "NATIONALITY",
          "MISC",
          "CITY",
          "STATE_OR_PROVINCE");

  private final StanfordCoreNLP pipeline;
  private final TimeAnnotator sutime;
  private final boolean fineGrained;

  private CoreNlpTagger(StanfordCoreNLP pipeline, TimeAnnotator sutime, boolean fineGrained) {
    this.pipeline = pipeline;
    this.sutime = sutime;
    this.fineGrained = fineGrained;
  }

  /**
   * Loads the pipeline: tokenize, ssplit, pos, lemma, ner (3-class CRF) and SUTime. CoreNLP's
   * fine-grained gazetteer pass is off unless the system property {@code parallax.ner.fine} is
   * {@code true}: the alias table gives the same COUNTRY / NATIONALITY types for a third less NER
   * time (measured by {@code parallax bench pipeline}).
   */
  public static CoreNlpTagger create() {
    return create("true".equals(System.getProperty("parallax.ner.fine", "false")));
  }

  /**
   * Loads the pipeline; {@code fineGrained} adds CoreNLP's COUNTRY / NATIONALITY gazetteer pass
   * (trimmed), which costs about a third of NER time.
   */
  public static CoreNlpTagger create(boolean fineGrained) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
    if (fineGrained) {
      p.setProperty("ner.fine.regexner.mapping", Gazetteer.writeTrimmed().toString());
      p.setProperty("ner.fine.regexner.ignorecase", "true");
      p.setProperty("ner.fine.regexner.validpospattern", "^(NN|JJ).*");
    }
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.entitymentions.acronyms", "false");
    Properties t = new Properties();
    t.setProperty("sutime.includeRange", "true");
    t.setProperty("sutime.markTimeRanges", "false");
    return new CoreNlpTagger(new StanfordCoreNLP(p), new TimeAnnotator("sutime", t), fineGrained);
  }

  /**
   * Tags the sentences {@code [starts[i], ends[i])} of {@code text}. Relative time expressions are
   * anchored to {@code docDate} ({@code yyyy-MM-dd}); with no date they stay unresolved.
   */
  public NerResult tag(String text, int[] starts, int[] ends, String docDate) {
    List<Tagged> mentions = new ArrayList<>();
    List<NerResult.Timex> times = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      Annotation doc = new Annotation(text.substring(starts[i], ends[i]));
      if (docDate != null) {
        doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
      }
      if (!annotate(doc)) {
        continue;
      }
      List<CoreMap> found = doc.get(CoreAnnotations.MentionsAnnotation.class);
      if (found != null) {
        for (CoreMap m : found) {
          collect(m, starts[i], docDate != null, mentions, times);
        }
      }
      if (TimeTriggers.mayContainTime(doc.get(CoreAnnotations.TextAnnotation.class))) {
        sutime.annotate(doc);
        List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
          for (CoreMap m : timexes) {
            collectTime(m, starts[i], docDate != null, times);
          }
        }
      }
    }
    return new NerResult(mentions, times);
  }

  /** Whether fine-grained COUNTRY / NATIONALITY tags come from CoreNLP's gazetteer. */
  public boolean fineGrained() {
    return fineGrained;
  }

  private boolean annotate(Annotation doc) {
    if (doc.get(CoreAnnotations.TextAnnotation.class).isBlank()) {
      return false;
    }
    try {
      pipeline.annotate(doc);
      List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
      return sentences != null && !sentences.isEmpty();
    } catch (IllegalStateException e) {
      // CoreNLP rejects a sentence whose characters all tokenize to nothing
      return false;
    }
  }

  private static void collectTime(
      CoreMap m, int offset, boolean dated, List<NerResult.Timex> times) {
    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
    if (timex == null) {
      return;
    }
    int start = offset + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = offset + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    String text = m.get(CoreAnnotations.TextAnnotation.class);
    times.add(
        new NerResult.Timex(
            start, end, text, resolvedOrNull(timex.value(), dated), timex.timexType()));
  }

  private static void collect(
      CoreMap m, int offset, boolean dated, List<Tagged> mentions, List<NerResult.Timex> times) {
    String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    int start = offset + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = offset + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    String text = m.get(CoreAnnotations.TextAnnotation.class);
    if (type == null) {
      return;
    }
    if (TIME_TYPES.contains(type)) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      String value = timex == null ? null : timex.value();
      if (value == null) {
        value = normalized(m);
      }
      times.add(new NerResult.Timex(start, end, text, resolvedOrNull(value, dated), type));
    } else if (ENTITY_TYPES.contains(type) && !pronoun(m)) {
      mentions.add(new Tagged(start, end, text, type));
    }
  }

  private static String normalized(CoreMap m) {
    List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null || tokens.isEmpty()
        ? null
        : tokens.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
  }

  private static boolean pronoun(CoreMap m) {
    List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null) {
      return false;
    }
    for (CoreLabel t : tokens) {
      String tag = t.tag();
      if (tag == null || !tag.startsWith("PRP")) {
        return false;
      }
    }
    return true;
  }

  /** The value, or {@code null} when it is relative and there is no document date to anchor it. */
  static String resolvedOrNull(String value, boolean dated) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (dated) {
      return value;
    }
    String v = value.toUpperCase(Locale.ROOT);
    boolean relative =
        v.startsWith("XXXX")
            || v.contains("OFFSET")
            || v.contains("THIS")
            || v.contains("NEXT")
            || v.contains("PREV")
            || v.contains("_REF");
    return relative ? null : value;
  }
}
