package org.parallax.compare.report;

import java.util.ArrayList;
import java.util.List;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Span;
import org.parallax.core.model.TimeExpression;

/** One article's page: its text with entities, quotes and dates highlighted, and lists of each. */
final class ArticlePage {

  private static final int ENTITY = 1;
  private static final int QUOTE = 2;
  private static final int DATE = 4;

  private ArticlePage() {}

  static String render(Article a, String outlet, String storyId) {
    Html body = new Html();
    body.open("section", "class", "article");
    body.open("p", "class", "legend small")
        .element("span", "entity", "class", "ent")
        .element("span", "quote", "class", "quote")
        .element("span", "date", "class", "date")
        .element("a", "back to the story", "href", Links.story(storyId))
        .close("p");
    if (a.subtitle() != null) {
      body.element("p", a.subtitle(), "class", "muted");
    }
    text(body, a);
    body.close("section");
    lists(body, a);
    String meta =
        outlet
            + (a.published() == null ? "" : " · " + a.published())
            + (a.authors().isEmpty() ? "" : " · " + String.join(", ", a.authors()));
    String title = a.title() == null ? a.id() : a.title();
    return Page.render(title + " · Parallax", title, meta, "index.html", body);
  }

  private static void text(Html h, Article a) {
    String t = a.text();
    int[] marks = new int[t.length()];
    String[] names = new String[t.length()];
    for (Entity e : a.entities()) {
      e.mentions().forEach(s -> mark(marks, s, ENTITY));
      for (Span m : e.mentions()) {
        for (int i = Math.max(0, m.start()); i < Math.min(t.length(), m.end()); i++) {
          names[i] = e.name() + " (" + e.type().toLowerCase(java.util.Locale.ROOT) + ")";
        }
      }
    }
    for (Quote q : a.quotes()) {
      if (q.kind() != QuoteKind.TERM) {
        mark(marks, q.span(), QUOTE);
      }
    }
    for (TimeExpression x : a.times()) {
      mark(marks, x.span(), DATE);
    }
    h.open("p");
    int i = 0;
    while (i < t.length()) {
      if (t.startsWith("\n\n", i)) {
        h.close("p").open("p");
        i += 2;
        continue;
      }
      int j = i;
      while (j < t.length()
          && marks[j] == marks[i]
          && java.util.Objects.equals(names[j], names[i])
          && !t.startsWith("\n\n", j)) {
        j++;
      }
      String run = t.substring(i, j);
      String cls = classes(marks[i]);
      if (cls == null) {
        h.text(run);
      } else {
        h.element("span", run, "class", cls, "title", names[i]);
      }
      i = j;
    }
    h.close("p");
  }

  private static void mark(int[] marks, Span s, int bit) {
    for (int i = Math.max(0, s.start()); i < Math.min(marks.length, s.end()); i++) {
      marks[i] |= bit;
    }
  }

  private static String classes(int m) {
    List<String> c = new ArrayList<>();
    if ((m & QUOTE) != 0) {
      c.add("quote");
    }
    if ((m & DATE) != 0) {
      c.add("date");
    } else if ((m & ENTITY) != 0) {
      c.add("ent");
    }
    return c.isEmpty() ? null : String.join(" ", c);
  }

  /** The article's entities, quotes and dates, a section each. */
  private static void lists(Html h, Article a) {
    entities(h, a);
    quotes(h, a);
    dates(h, a);
  }

  /** A table of the entities, most mentioned first. */
  private static void entities(Html h, Article a) {
    h.open("section").element("h2", "Entities");
    if (a.entities().isEmpty()) {
      h.element("p", "None recognised.", "class", "muted");
    } else {
      h.open("table")
          .open("thead")
          .open("tr")
          .element("th", "Entity")
          .element("th", "Type")
          .element("th", "Mentions", "class", "num")
          .close("tr")
          .close("thead")
          .open("tbody");
      a.entities().stream()
          .sorted((x, y) -> Integer.compare(y.mentions().size(), x.mentions().size()))
          .forEach(
              e ->
                  h.open("tr")
                      .element("td", e.name())
                      .element("td", e.type())
                      .element("td", Integer.toString(e.mentions().size()), "class", "num")
                      .close("tr"));
      h.close("tbody").close("table");
    }
    h.close("section");
  }

  /** Each quote with its speaker and kind. */
  private static void quotes(Html h, Article a) {
    h.open("section").element("h2", "Quotes");
    if (a.quotes().isEmpty()) {
      h.element("p", "None found.", "class", "muted");
    }
    h.open("ul");
    for (Quote q : a.quotes()) {
      h.open("li").text("“" + q.text() + "”");
      h.element(
          "span",
          " — "
              + (q.speaker() == null ? "unattributed" : q.speaker().name())
              + " ("
              + q.kind().name().toLowerCase(java.util.Locale.ROOT)
              + ")",
          "class",
          "muted");
      h.close("li");
    }
    h.close("ul").close("section");
  }

  /** Each time expression with its resolved value. */
  private static void dates(Html h, Article a) {
    h.open("section").element("h2", "Dates");
    if (a.times().isEmpty()) {
      h.element("p", "None found.", "class", "muted");
    }
    h.open("ul");
    for (TimeExpression x : a.times()) {
      h.open("li")
          .text(x.text())
          .element("span", x.value() == null ? "" : " → " + x.value(), "class", "muted")
          .close("li");
    }
    h.close("ul").close("section");
  }
}
