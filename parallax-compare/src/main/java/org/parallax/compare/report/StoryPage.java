package org.parallax.compare.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.core.compare.Claim;
import org.parallax.core.compare.ClaimEvidence;
import org.parallax.core.compare.ClaimStatus;
import org.parallax.core.compare.ComparedArticle;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.Coverage;
import org.parallax.core.compare.OutletInfo;
import org.parallax.core.compare.Voice;
import org.parallax.core.model.Article;

/** One story's page: coverage, outlets side by side, claims, quotes, vocabulary, entities. */
final class StoryPage {

  /** Context characters shown around a piece of evidence. */
  static final int CONTEXT = 90;

  private StoryPage() {}

  static String render(StoryReport s) {
    Comparison c = s.comparison();
    Map<String, Article> articles = new HashMap<>();
    s.articles().forEach(a -> articles.put(a.id(), a));
    Map<String, String> outletOf = new HashMap<>();
    c.articles().forEach(a -> outletOf.put(a.id(), a.outlet()));
    Html body = new Html();
    coverage(body, c);
    outlets(body, c);
    claims(body, c, articles, outletOf);
    body.append(QuoteSection.render(c));
    vocabulary(body, c);
    body.append(EntitySection.render(c));
    String meta =
        c.articles().size()
            + " articles · "
            + c.coverage().voiceCount()
            + " independent voices · "
            + c.outlets().size()
            + " outlets";
    return Page.render(s.title() + " · Parallax", s.title(), meta, "index.html", body);
  }

  /** Who covers the story: voices, blindspots, bars per outlet attribute and the timeline. */
  private static void coverage(Html h, Comparison c) {
    Coverage cov = c.coverage();
    h.open("section").element("h2", "Coverage");
    voices(h, cov);
    blindspots(h, cov);
    attributeBars(h, cov);
    timeline(h, cov);
    h.close("section");
  }

  /** Each independent voice with the outlets that carried it and its article count. */
  private static void voices(Html h, Coverage cov) {
    h.open("ul");
    for (Voice v : cov.voices()) {
      h.open("li").element("b", v.outlet());
      if (v.carriers().size() > 1 || !v.carriers().get(0).equals(v.outlet())) {
        h.text(" — carried by " + String.join(", ", v.carriers()));
      }
      h.element(
          "span",
          " · " + v.articles().size() + (v.articles().size() == 1 ? " article" : " articles"),
          "class",
          "muted");
      h.close("li");
    }
    h.close("ul");
  }

  /** A note per blindspot: a group that alone covers the story, and who is missing. */
  private static void blindspots(Html h, Coverage cov) {
    cov.blindspots()
        .forEach(
            b ->
                h.open("p")
                    .element("span", "blindspot", "class", "badge note")
                    .text(
                        " only "
                            + b.attribute()
                            + " = "
                            + b.group()
                            + (b.missing().isEmpty()
                                ? ""
                                : "; none from " + String.join(", ", b.missing())))
                    .close("p"));
  }

  /** A stacked bar per outlet attribute, except attributes unknown for every outlet. */
  private static void attributeBars(Html h, Coverage cov) {
    h.open("div", "class", "bars");
    cov.byAttribute()
        .forEach(
            (attr, counts) -> {
              if (counts.keySet().equals(java.util.Set.of("unknown"))) {
                return;
              }
              h.element("h3", "By " + attr);
              List<String> order =
                  attr.equals("kind") ? IndexPage.kindOrder() : new ArrayList<>(counts.keySet());
              h.append(Svg.bar(counts, order, 640));
            });
    h.close("div");
  }

  /** The publication timeline, and the outlets whose articles have no known date. */
  private static void timeline(Html h, Coverage cov) {
    h.element("h3", "Timeline");
    h.append(Svg.timeline(cov.timeline(), 720));
    List<String> undated =
        cov.timeline().stream()
            .filter(t -> Svg.epochMillis(t.published()) == null)
            .map(t -> t.outlet())
            .toList();
    if (!undated.isEmpty()) {
      h.element(
          "p", "No known publication date: " + String.join(", ", undated), "class", "muted small");
    }
  }

  /** A card per outlet: its attributes, articles, claim counts and distinctive words. */
  private static void outlets(Html h, Comparison c) {
    h.open("section").element("h2", "Outlets side by side");
    h.open("div", "class", "outlets");
    for (OutletInfo o : c.outlets()) {
      outlet(h, c, o);
    }
    h.close("div").close("section");
  }

  private static void outlet(Html h, Comparison c, OutletInfo o) {
    h.open("div", "class", "outlet").element("h3", o.name());
    h.element(
        "div",
        o.attributes().getOrDefault("kind", "")
            + " · "
            + o.attributes().getOrDefault("country", "")
            + " · "
            + o.attributes().getOrDefault("owner", ""),
        "class",
        "muted small");
    for (ComparedArticle a : c.articles()) {
      if (a.outlet().equals(o.name())) {
        h.open("p")
            .element("a", a.title() == null ? a.id() : a.title(), "href", Links.article(a.id()));
        h.element(
            "span", a.published() == null ? "" : " · " + a.published(), "class", "muted small");
        h.close("p");
      }
    }
    int[] counts = new int[3];
    for (Claim cl : c.claims()) {
      if (cl.outlets().contains(o.name())) {
        counts[cl.status().ordinal()]++;
      }
    }
    h.open("p", "class", "small");
    h.element("span", counts[0] + " shared", "class", "badge shared").text(" ");
    h.element("span", counts[2] + " contested", "class", "badge contested").text(" ");
    h.element("span", counts[1] + " unique", "class", "badge unique");
    h.close("p");
    List<String> words =
        c.vocabulary().getOrDefault(o.name(), List.of()).stream()
            .limit(6)
            .map(t -> t.term())
            .toList();
    if (!words.isEmpty()) {
      h.open("p", "class", "small")
          .element("b", "Its words: ")
          .text(String.join(", ", words))
          .close("p");
    }
    h.close("div");
  }

  private static void claims(
      Html h, Comparison c, Map<String, Article> articles, Map<String, String> outletOf) {
    h.open("section").element("h2", "Claims map");
    h.element(
        "p",
        "Sentences aligned across outlets by meaning, named entities, numbers and dates. "
            + "Shared: two or more independent voices. Contested: the same point with conflicting "
            + "numbers, dates, negation or evaluation. Unique: one voice only.",
        "class",
        "muted small");
    List<Claim> multi = new ArrayList<>(c.claims(ClaimStatus.CONTESTED));
    multi.addAll(c.claims(ClaimStatus.SHARED));
    if (multi.isEmpty()) {
      h.element(
          "p", "No statement was found in more than one independent voice.", "class", "muted");
    }
    for (Claim cl : multi) {
      claim(h, cl, articles, outletOf);
    }
    Map<String, List<Claim>> unique = new LinkedHashMap<>();
    for (Claim cl : c.claims(ClaimStatus.UNIQUE)) {
      unique.computeIfAbsent(cl.outlets().get(0), k -> new ArrayList<>()).add(cl);
    }
    unique.forEach(
        (outlet, list) -> {
          h.open("details").element("summary", "Only " + outlet + " (" + list.size() + " unique)");
          list.forEach(cl -> claim(h, cl, articles, outletOf));
          h.close("details");
        });
    h.close("section");
  }

  private static void claim(
      Html h, Claim cl, Map<String, Article> articles, Map<String, String> outletOf) {
    String status = cl.status().name().toLowerCase(Locale.ROOT);
    h.open("div", "class", "claim " + status, "id", cl.id());
    h.open("div").element("span", status, "class", "badge " + status).text(" ");
    if (cl.quoted()) {
      h.element("span", "contains a quote", "class", "badge note").text(" ");
    }
    if (!cl.conflicts().isEmpty()) {
      h.element("span", String.join("; ", cl.conflicts()), "class", "small");
    }
    h.close("div");
    h.open("div", "class", "evidence");
    for (ClaimEvidence e : cl.evidence()) {
      h.open("blockquote").element("cite", outletOf.getOrDefault(e.article(), e.article()));
      Article a = articles.get(e.article());
      if (a != null && e.end() <= a.text().length() && cl.status() != ClaimStatus.UNIQUE) {
        int from = wordStart(a.text(), Math.max(0, e.start() - CONTEXT), e.start());
        int to = wordEnd(a.text(), Math.min(a.text().length(), e.end() + CONTEXT), e.end());
        h.element(
            "span",
            (from > 0 ? "…" : "") + a.text().substring(from, e.start()).replace("\n\n", " "),
            "class",
            "muted");
        h.element("mark", e.text());
        h.element(
            "span",
            a.text().substring(e.end(), to).replace("\n\n", " ")
                + (to < a.text().length() ? "…" : ""),
            "class",
            "muted");
      } else {
        h.element("mark", e.text());
      }
      h.close("blockquote");
    }
    h.close("div").close("div");
  }

  private static int wordStart(String t, int from, int limit) {
    while (from > 0 && from < limit && !Character.isWhitespace(t.charAt(from - 1))) {
      from++;
    }
    return from;
  }

  private static int wordEnd(String t, int to, int limit) {
    while (to < t.length() && to > limit && !Character.isWhitespace(t.charAt(to))) {
      to--;
    }
    return to;
  }

  private static void vocabulary(Html h, Comparison c) {
    h.open("section").element("h2", "Distinctive vocabulary");
    h.element(
        "p",
        "Words and phrases each outlet uses more than the others on this story: "
            + "weighted log-odds with an informative Dirichlet prior from the whole corpus "
            + "(Monroe, Colaresi & Quinn 2008). z > 1.96 is significant at 5 %.",
        "class",
        "muted small");
    h.open("div", "class", "vocab");
    c.vocabulary()
        .forEach(
            (outlet, terms) -> {
              h.open("div").element("h3", outlet).open("ol");
              terms.stream()
                  .limit(15)
                  .forEach(
                      t ->
                          h.open("li")
                              .text(t.term())
                              .element(
                                  "span",
                                  String.format(Locale.ROOT, "  z %.2f · %d×", t.z(), t.count()),
                                  "class",
                                  "muted small")
                              .close("li"));
              h.close("ol").close("div");
            });
    h.close("div").close("section");
  }
}
