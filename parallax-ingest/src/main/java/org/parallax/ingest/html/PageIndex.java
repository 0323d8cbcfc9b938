package org.parallax.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The elements the metadata extractors look at ({@code html}, {@code meta}, {@code script}, {@code
 * time}, {@code h1}, {@code link} and every element with an {@code itemprop}), gathered in one walk
 * over the document instead of one walk per selector. Built once per document and kept with it; it
 * describes the document as it was first indexed, so it serves the metadata steps, which run before
 * content extraction removes anything.
 */
final class PageIndex {

  private static final String KEY = "parallax.html.PageIndex";
  private static final List<String> TAGS = List.of("html", "meta", "script", "time", "h1", "link");

  private final Document doc;
  private final Map<String, List<Element>> byTag = new HashMap<>();
  private final List<Element> withItemprop = new ArrayList<>();
  private final List<Element> all = new ArrayList<>();
  private final Element body;
  private int bodyStart;
  private int bodyEnd;
  private Element firstH1InBody;
  private boolean inBody;

  private PageIndex(Document doc) {
    this.doc = doc;
    this.body = doc.body();
    for (String tag : TAGS) {
      byTag.put(tag, new ArrayList<>());
    }
    walk(doc);
  }

  /**
   * Visits every element in document order, with an explicit stack (deep pages must not overflow
   * the thread's stack) and without stopping at text nodes; a marker below the body's children ends
   * the body.
   */
  private void walk(Document doc) {
    Element bodyEndMarker = new Element("body-end");
    ArrayDeque<Element> stack = new ArrayDeque<>();
    stack.push(doc);
    while (!stack.isEmpty()) {
      Element e = stack.pop();
      if (e == bodyEndMarker) {
        bodyEnd = all.size();
        inBody = false;
        continue;
      }
      visit(e);
      if (e == body) {
        stack.push(bodyEndMarker);
      }
      for (int i = e.childNodeSize() - 1; i >= 0; i--) {
        if (e.childNode(i) instanceof Element child) {
          stack.push(child);
        }
      }
    }
  }

  private void visit(Element e) {
    if (e == body) {
      bodyStart = all.size();
      inBody = true;
    }
    all.add(e);
    String name = e.normalName();
    List<Element> list = byTag.get(name);
    if (list != null) {
      list.add(e);
      if (inBody && firstH1InBody == null && name.equals("h1")) {
        firstH1InBody = e;
      }
    }
    if (e.hasAttr("itemprop")) {
      withItemprop.add(e);
    }
  }

  /** Every element of the document, the document itself first, in document order. */
  List<Element> all() {
    return all;
  }

  /** The body and every element inside it, in document order: {@code body.getAllElements()}. */
  List<Element> bodyElements() {
    return body == null ? List.of() : all.subList(bodyStart, bodyEnd);
  }

  /** The first {@code h1} inside the body, or {@code null}: {@code body.selectFirst("h1")}. */
  Element firstH1InBody() {
    return firstH1InBody;
  }

  /** The index of {@code doc}, built on first use. */
  static PageIndex of(Document doc) {
    if (doc.attributes().userData(KEY) instanceof PageIndex cached && cached.doc == doc) {
      return cached;
    }
    PageIndex index = new PageIndex(doc);
    doc.attributes().userData(KEY, index);
    return index;
  }

  /** A selector, parsed once, for {@link #select}. */
  static Evaluator query(String css) {
    return QueryParser.parse(css);
  }

  /**
   * The elements named {@code tag} that match {@code query}, in document order: what {@code
   * doc.select(query)} gives when every element the query can match is a {@code tag}.
   */
  List<Element> select(String tag, Evaluator query) {
    return filter(byTag.get(tag), query);
  }

  /** The first element named {@code tag}, or {@code null}. */
  Element first(String tag) {
    List<Element> list = byTag.get(tag);
    return list.isEmpty() ? null : list.get(0);
  }

  /**
   * The elements with an {@code itemprop} attribute that match {@code query}, in document order:
   * what {@code doc.select(query)} gives when the query needs an {@code itemprop}.
   */
  List<Element> selectItemprop(Evaluator query) {
    return filter(withItemprop, query);
  }

  private List<Element> filter(List<Element> candidates, Evaluator query) {
    List<Element> out = new ArrayList<>();
    for (Element e : candidates) {
      if (query.matches(doc, e)) {
        out.add(e);
      }
    }
    return out;
  }
}
