package org.parallax.nlp.ner;

import java.util.regex.Pattern;

/**
 * A cheap pre-filter for SUTime: a sentence without a digit or a calendar word cannot hold a time
 * expression, so SUTime (the most expensive part of CoreNLP NER) is skipped for it.
 */
final class TimeTriggers {

  private static final Pattern TRIGGER =
      Pattern.compile(
          "\\d|\\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march"
              + "|april|june|july|august|september|october|november|december|monday|tuesday"
              + "|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|now"
              + "|currently|current|recently|present|past|future|ago|later|earlier|once|annual"
              + "|annually|daily|weekly|monthly|yearly|morning|afternoon|evening|night|noon"
              + "|midnight|weekend|day|days|week|weeks|month|months|year|years|decade|decades"
              + "|century|centuries|hour|hours|minute|minutes|season|spring|summer|autumn|fall"
              + "|winter|christmas|easter|quarter|era|millennium|o'clock|am|pm)\\b");

  private TimeTriggers() {}

  /** Whether {@code sentence} may contain a time expression. */
  static boolean mayContainTime(String sentence) {
    return TRIGGER.matcher(sentence).find();
  }
}
