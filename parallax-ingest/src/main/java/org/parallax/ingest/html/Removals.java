package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The elements {@link ContentExtractor} took out of a document, each with its place, so that they
 * can be put back and the document read again with other rules without parsing it a second time.
 */
final class Removals {

  private record Removal(Element parent, int index, Element element) {}

  private final List<Removal> removed = new ArrayList<>();

  /** Takes {@code e}, which has a parent, out of its document and remembers where it was. */
  void remove(Element e) {
    removed.add(new Removal(e.parent(), e.siblingIndex(), e));
    e.remove();
  }

  /** Puts every removed element back where it was, the last removed first, and forgets them. */
  void putBack() {
    for (int i = removed.size() - 1; i >= 0; i--) {
      Removal r = removed.get(i);
      r.parent().insertChildren(r.index(), r.element());
    }
    removed.clear();
  }
}
