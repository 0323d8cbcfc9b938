package org.parallax.bench.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The htmldate metric: the output date, cut to {@code YYYY-MM-DD}, equal to the gold date is a true
 * positive, a different date a false positive, no date a false negative. Accuracy = TP/(TP+FP+FN).
 */
public enum DateScore {
  /** Right date. */
  TP,
  /** Wrong date. */
  FP,
  /** No date. */
  FN;

  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

  /** Scores one output date (any ISO 8601 form, or {@code null}) against the gold day. */
  public static DateScore of(String gold, String output) {
    String day = day(output);
    if (day == null) {
      return FN;
    }
    return day.equals(day(gold)) ? TP : FP;
  }

  /** The {@code YYYY-MM-DD} prefix of an ISO date, or {@code null}. */
  static String day(String iso) {
    if (iso == null) {
      return null;
    }
    Matcher m = DAY.matcher(iso.strip());
    return m.find() ? m.group() : null;
  }

  /** Precision, recall, F1 and accuracy over the corpus. */
  public static Scores summarise(List<DateScore> pages) {
    long tp = pages.stream().filter(s -> s == TP).count();
    long fp = pages.stream().filter(s -> s == FP).count();
    long fn = pages.stream().filter(s -> s == FN).count();
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    return new Scores(p, r, f1, pages.isEmpty() ? 0 : (double) tp / pages.size());
  }
}
