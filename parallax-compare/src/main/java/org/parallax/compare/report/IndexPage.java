package org.parallax.compare.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.core.compare.Blindspot;
import org.parallax.core.compare.ClaimStatus;
import org.parallax.core.compare.Comparison;

/** The report's index: counts, coverage by attribute over the corpus, blindspots, stories. */
final class IndexPage {

  private IndexPage() {}

  static String render(List<StoryReport> stories) {
    Html body = new Html();
    counts(body, stories);
    coverage(body, stories);
    blindspots(body, stories);
    storyTable(body, stories);
    return Page.render(
        "Parallax report",
        "Stories side by side",
        stories.size() + " stories compared",
        null,
        body);
  }

  private static void counts(Html h, List<StoryReport> stories) {
    Set<String> outlets = new LinkedHashSet<>();
    int articles = 0;
    int voices = 0;
    int shared = 0;
    int contested = 0;
    for (StoryReport s : stories) {
      Comparison c = s.comparison();
      c.outlets().forEach(o -> outlets.add(o.name()));
      articles += c.articles().size();
      voices += c.coverage().voiceCount();
      shared += c.claims(ClaimStatus.SHARED).size();
      contested += c.claims(ClaimStatus.CONTESTED).size();
    }
    h.open("section").element("h2", "At a glance").open("div", "class", "counts");
    count(h, stories.size(), "stories");
    count(h, articles, "articles");
    count(h, outlets.size(), "outlets");
    count(h, voices, "independent voices");
    count(h, shared, "shared claims");
    count(h, contested, "contested claims");
    h.close("div").close("section");
  }

  private static void count(Html h, int n, String label) {
    h.open("div", "class", "count").element("b", Integer.toString(n)).text(label).close("div");
  }

  private static void coverage(Html h, List<StoryReport> stories) {
    Map<String, Map<String, Integer>> total = new LinkedHashMap<>();
    for (StoryReport s : stories) {
      s.comparison()
          .coverage()
          .byAttribute()
          .forEach(
              (attr, counts) ->
                  counts.forEach(
                      (v, n) ->
                          total
                              .computeIfAbsent(attr, k -> new TreeMap<>())
                              .merge(v, n, Integer::sum)));
    }
    h.open("section").element("h2", "Coverage by outlet attribute");
    h.element(
        "p",
        "Independent voices over all stories: a syndicated story counts once.",
        "class",
        "muted small");
    h.open("div", "class", "bars");
    total.forEach(
        (attr, counts) -> {
          h.element("h3", attr);
          h.append(
              Svg.bar(
                  counts,
                  attr.equals("kind") ? kindOrder() : new ArrayList<>(counts.keySet()),
                  640));
        });
    h.close("div").close("section");
  }

  private static void blindspots(Html h, List<StoryReport> stories) {
    h.open("section").element("h2", "Blindspots");
    h.element(
        "p",
        "Stories told by only one group of an attribute (two or more voices).",
        "class",
        "muted small");
    h.open("ul", "class", "blind");
    int n = 0;
    for (StoryReport s : stories) {
      for (Blindspot b : s.comparison().coverage().blindspots()) {
        h.open("li").element("a", s.title(), "href", Links.story(s.comparison().story()));
        h.text(": only " + b.attribute() + " = " + b.group());
        if (!b.missing().isEmpty()) {
          h.element(
              "span", " (none from " + String.join(", ", b.missing()) + ")", "class", "muted");
        }
        h.close("li");
        n++;
      }
    }
    if (n == 0) {
      h.element("li", "None found.", "class", "muted");
    }
    h.close("ul").close("section");
  }

  private static void storyTable(Html h, List<StoryReport> stories) {
    h.open("section").element("h2", "Stories");
    h.open("table").open("thead").open("tr");
    h.element("th", "Story").element("th", "Articles", "class", "num");
    h.element("th", "Voices", "class", "num").element("th", "Shared", "class", "num hide-phone");
    h.element("th", "Contested", "class", "num hide-phone");
    h.element("th", "Kind of outlet", "class", "hide-phone");
    h.close("tr").close("thead").open("tbody");
    for (StoryReport s : stories) {
      Comparison c = s.comparison();
      h.open("tr").open("td").element("a", s.title(), "href", Links.story(c.story()));
      h.element(
          "div",
          String.join(", ", c.outlets().stream().map(o -> o.name()).toList()),
          "class",
          "muted small");
      h.close("td");
      h.element("td", Integer.toString(c.articles().size()), "class", "num");
      h.element("td", Integer.toString(c.coverage().voiceCount()), "class", "num");
      h.element(
          "td", Integer.toString(c.claims(ClaimStatus.SHARED).size()), "class", "num hide-phone");
      h.element(
          "td",
          Integer.toString(c.claims(ClaimStatus.CONTESTED).size()),
          "class",
          "num hide-phone");
      Map<String, Integer> kind = c.coverage().byAttribute().getOrDefault("kind", Map.of());
      h.open("td", "class", "hide-phone").append(Svg.bar(kind, kindOrder(), 200, false));
      h.element("div", summary(kind), "class", "muted small").close("td");
      h.close("tr");
    }
    h.close("tbody").close("table").close("section");
  }

  private static String summary(Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder();
    counts.forEach(
        (k, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(n));
    return sb.toString();
  }

  static List<String> kindOrder() {
    return List.of("wire", "commercial", "public", "nonprofit", "state", "aggregator", "unknown");
  }
}
