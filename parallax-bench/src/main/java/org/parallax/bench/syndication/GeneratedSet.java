package org.parallax.bench.syndication;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.parallax.bench.stories.EcbDoc;
import org.parallax.core.model.Article;

/**
 * A labelled syndication set generated from ECB+ texts: originals, each copied one to three times
 * with one to three random {@link Edit edits}, among distractors that include other reports of the
 * same events (hard negatives) and articles wrapped in the same site templates. Deterministic for a
 * seed.
 *
 * @param articles every article
 * @param familyOf the gold family of each copy or original; distractors are absent
 * @param edits how often each edit was applied
 */
public record GeneratedSet(
    List<Article> articles, Map<String, String> familyOf, Map<Edit, Integer> edits) {

  private static final int MIN_WORDS = 120;

  private static final List<List<String>> TEMPLATES =
      List.of(
          List.of(
              "Home | News | Sport | Business | Weather | Obituaries — The Riverside Gazette",
              "Subscribe to The Riverside Gazette from $1 a week. Follow us on Facebook and"
                  + " Twitter for breaking news alerts. © 2013 Riverside Gazette Media. All rights"
                  + " reserved."),
          List.of(
              "Top stories from around the world, updated every hour by the Daily Courier newsroom",
              "Sign up for our morning newsletter and get the Daily Courier delivered to your inbox"
                  + " before breakfast. Comments are moderated. Terms of use and privacy policy."),
          List.of(
              "Metro Online — your source for local news, traffic and entertainment since 1998",
              "Share this article: email, print, tweet. Advertisement. Read more stories from"
                  + " Metro Online and our partner sites. Copyright Metro Online Holdings."));

  private static final String WIRE_BOILERPLATE =
      "Copyright 2013 The Associated Press. All rights reserved. This material may not be"
          + " published, broadcast, rewritten or redistributed.";

  /** Generates a set with {@code originals} originals from {@code docs}. */
  public static GeneratedSet generate(
      List<EcbDoc> docs, Set<String> excluded, int originals, long seed) {
    Random rnd = new Random(seed);
    List<EcbDoc> pool = new ArrayList<>();
    for (EcbDoc d : docs) {
      if (!excluded.contains(d.id()) && d.article().wordCount() >= MIN_WORDS) {
        pool.add(d);
      }
    }
    Collections.shuffle(pool, rnd);
    List<Article> out = new ArrayList<>();
    Map<String, String> family = new java.util.HashMap<>();
    Map<Edit, Integer> counts = new EnumMap<>(Edit.class);
    int n = Math.min(originals, pool.size() / 2);
    for (int i = 0; i < pool.size(); i++) {
      EcbDoc d = pool.get(i);
      Article a = d.article();
      if (i >= n) {
        out.add(rnd.nextInt(3) == 0 ? wrap(a, TEMPLATES.get(rnd.nextInt(TEMPLATES.size()))) : a);
        continue;
      }
      if (rnd.nextBoolean()) {
        a = withParagraphs(a, a.title(), append(a.paragraphs(), WIRE_BOILERPLATE));
      }
      out.add(a);
      family.put(a.id(), a.id());
      int copies = 1 + rnd.nextInt(3);
      for (int c = 0; c < copies; c++) {
        Article copy = copy(a, c, d, docs, rnd, counts);
        out.add(copy);
        family.put(copy.id(), a.id());
      }
    }
    Collections.shuffle(out, rnd);
    return new GeneratedSet(out, family, counts);
  }

  private static Article copy(
      Article a, int c, EcbDoc d, List<EcbDoc> docs, Random rnd, Map<Edit, Integer> counts) {
    List<Edit> all = new ArrayList<>(List.of(Edit.values()));
    Collections.shuffle(all, rnd);
    Set<Edit> chosen = new HashSet<>(all.subList(0, 1 + rnd.nextInt(3)));
    List<String> paras = new ArrayList<>(a.paragraphs());
    String title = a.title();
    for (Edit e : Edit.values()) {
      if (!chosen.contains(e)) {
        continue;
      }
      counts.merge(e, 1, Integer::sum);
      switch (e) {
        case TRIM -> {
          int keep = Math.max(2, (int) Math.round(paras.size() * (0.4 + 0.4 * rnd.nextDouble())));
          paras = new ArrayList<>(paras.subList(0, Math.min(keep, paras.size())));
        }
        case HEADLINE -> {
          title = "UPDATE: " + other(docs, d, rnd, false).article().title();
          paras.set(0, title);
        }
        case LOCAL ->
            paras.add(
                Math.max(1, paras.size() - 1), lines(other(docs, d, rnd, false).article(), rnd));
        case BOILERPLATE -> {
          if (!paras.remove(WIRE_BOILERPLATE) && paras.size() > 2) {
            paras.remove(paras.size() - 1);
          }
        }
        case TEMPLATE -> {
          List<String> t = TEMPLATES.get(rnd.nextInt(TEMPLATES.size()));
          paras.add(0, t.get(0));
          paras.add(t.get(1));
        }
        case PASTE ->
            paras.add(Math.min(paras.size(), 3), lines(other(docs, d, rnd, true).article(), rnd));
      }
    }
    return Article.builder()
        .id(a.id() + "~copy" + c)
        .source("generated")
        .title(title)
        .paragraphs(paras)
        .build();
  }

  /** One or two consecutive paragraphs from a random place after the first. */
  private static String lines(Article a, Random rnd) {
    List<String> p = a.paragraphs();
    int from = p.size() <= 2 ? p.size() - 1 : 1 + rnd.nextInt(p.size() - 2);
    return String.join(" ", p.subList(from, Math.min(p.size(), from + 1 + rnd.nextInt(2))));
  }

  private static EcbDoc other(List<EcbDoc> docs, EcbDoc d, Random rnd, boolean sameEvent) {
    for (int tries = 0; tries < 200; tries++) {
      EcbDoc o = docs.get(rnd.nextInt(docs.size()));
      boolean same = o.subtopic().equals(d.subtopic());
      if (!o.id().equals(d.id()) && same == sameEvent && o.article().paragraphs().size() > 2) {
        return o;
      }
    }
    return docs.get((docs.indexOf(d) + 1) % docs.size());
  }

  private static Article wrap(Article a, List<String> template) {
    List<String> p = new ArrayList<>();
    p.add(template.get(0));
    p.addAll(a.paragraphs());
    p.add(template.get(1));
    return withParagraphs(a, a.title(), p);
  }

  private static Article withParagraphs(Article a, String title, List<String> paras) {
    return a.toBuilder().title(title).paragraphs(paras).build();
  }

  private static List<String> append(List<String> list, String s) {
    List<String> out = new ArrayList<>(list);
    out.add(s);
    return out;
  }
}
