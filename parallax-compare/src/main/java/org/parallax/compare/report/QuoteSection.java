package org.parallax.compare.report;

import java.util.Map;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.DiffOp;
import org.parallax.core.compare.LedgerQuote;
import org.parallax.core.compare.QuoteLedger;
import org.parallax.core.compare.QuoteVersion;
import org.parallax.core.compare.SpeakerQuotes;

/** The quote ledger section of a story page. */
final class QuoteSection {

  private QuoteSection() {}

  static Html render(Comparison c) {
    QuoteLedger ledger = c.quotes();
    Html h = new Html();
    h.open("section").element("h2", "Quote ledger");
    if (ledger.speakers().isEmpty()) {
      h.element("p", "No attributed quotes in this story.", "class", "muted");
      return h.close("section");
    }
    for (SpeakerQuotes s : ledger.speakers()) {
      h.open("details", "open", "");
      h.open("summary")
          .text(s.name())
          .element("span", "  quoted by " + String.join(", ", s.quotedBy()), "class", "muted small")
          .close("summary");
      if (!s.indirectOnly().isEmpty()) {
        h.element(
            "p",
            "Named but never quoted by: " + String.join(", ", s.indirectOnly()),
            "class",
            "small");
      }
      for (LedgerQuote q : s.quotes()) {
        quote(h, q);
      }
      h.close("details");
    }
    speakersPerOutlet(h, ledger.byOutlet());
    return h.close("section");
  }

  private static void quote(Html h, LedgerQuote q) {
    h.open("div", "class", "claim " + (q.unique() ? "unique" : "shared"));
    h.element(
        "span",
        q.unique() ? "only " + String.join(", ", q.outlets()) : q.outlets().size() + " outlets",
        "class",
        "badge " + (q.unique() ? "unique" : "shared"));
    h.open("div", "class", "evidence");
    for (QuoteVersion v : q.versions()) {
      h.open("blockquote", "class", "diff").open("cite").text(v.outlet() + " · " + v.kind());
      if (v.cutShort()) {
        h.text(" · cut short");
      }
      h.close("cite");
      if (v.diff().isEmpty()) {
        h.text("“" + v.text() + "”");
      } else {
        h.text("“");
        for (DiffOp d : v.diff()) {
          switch (d.op()) {
            case SAME -> h.text(d.text() + " ");
            case REMOVED -> h.element("del", d.text()).text(" ");
            case ADDED -> h.element("ins", d.text()).text(" ");
            default -> throw new IllegalStateException();
          }
        }
        h.text("”");
      }
      h.close("blockquote");
    }
    h.close("div").close("div");
  }

  private static void speakersPerOutlet(Html h, Map<String, Map<String, Integer>> byOutlet) {
    h.element("h3", "Who each outlet lets speak");
    h.open("table")
        .open("thead")
        .open("tr")
        .element("th", "Outlet")
        .element("th", "Speakers (quotes)")
        .close("tr")
        .close("thead")
        .open("tbody");
    byOutlet.forEach(
        (outlet, speakers) -> {
          h.open("tr").element("td", outlet);
          StringBuilder sb = new StringBuilder();
          speakers.forEach(
              (name, n) ->
                  sb.append(sb.length() == 0 ? "" : ", ")
                      .append(name)
                      .append(" (")
                      .append(n)
                      .append(')'));
          h.element("td", sb.length() == 0 ? "nobody" : sb.toString());
          h.close("tr");
        });
    h.close("tbody").close("table");
  }
}
