package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article body of a parsed page: removes furniture, scores containers, keeps the best
 * container and its fitting siblings, and returns their blocks in document order. Mutates the
 * document it is given.
 */
final class ContentExtractor {

  /** How many of the best candidates are looked at when the body is spread over several. */
  private static final int TOP = 15;

  /** The share of the best score a separate candidate needs to count as more of the body. */
  private static final double ALTERNATIVE = 0.5;

  private static final Evaluator TEMPLATE = PageIndex.query("script[type=text/template]");

  private ContentExtractor() {}

  /**
   * The body blocks of {@code doc}, unfiltered.
   *
   * @param doc the page (will be changed)
   * @param strict whether to drop elements whose class or id look like furniture
   * @param articleBody the normalised JSON-LD articleBody, or {@code null}
   * @param removals where the furniture elements taken out of the body are recorded
   */
  static List<Block> extract(Document doc, boolean strict, String articleBody, Removals removals) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    clean(doc, body, strict, removals);
    List<Block> blocks = BlockCollector.collect(body);
    CandidateScorer scorer = CandidateScorer.score(blocks, articleBody);
    List<CandidateScorer.Candidate> top = scorer.top(TOP);
    if (top.isEmpty()) {
      return blocks;
    }
    Element best = promote(top, scorer);
    Set<Element> kept = members(siblings(best, scorer));
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      if (kept.contains(b.element())) {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * The fallback body: every prose-like block (long enough, few links), wherever it sits, of a
   * document that {@link #extract} has already cleaned with {@code strict} off.
   */
  static List<Block> prose(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    List<Block> out = new ArrayList<>();
    for (Block b : BlockCollector.collect(body)) {
      if (b.kind() != Block.Kind.CAPTION && b.text().length() >= 40 && b.linkDensity() < 0.3) {
        out.add(b);
      }
    }
    return out;
  }

  private static void clean(Document doc, Element body, boolean strict, Removals removals) {
    for (Element t : PageIndex.of(doc).select("script", TEMPLATE)) {
      if (!inside(t, body)) {
        continue;
      }
      String inner = t.data();
      if (inner.contains("<p") && inner.length() > 200) {
        t.after(inner);
        t.remove();
      }
    }
    List<Element> doomed = new ArrayList<>();
    Map<String, Boolean> cues = new HashMap<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.SKIP_CHILDREN;
            }
            if (e != body && doomed(e, strict, cues)) {
              doomed.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    for (Element e : doomed) {
      if (e.parent() != null) {
        removals.remove(e);
      }
    }
  }

  /** Whether an element is furniture; the elements inside a doomed one are not looked at. */
  private static boolean doomed(Element e, boolean strict, Map<String, Boolean> cues) {
    String tag = e.normalName();
    if (Cues.JUNK_TAGS.contains(tag)) {
      return true;
    }
    // hidden and unlikely read only attributes (style, hidden, aria-hidden, role, class, id)
    if (e.attributesSize() > 0 && (Cues.hidden(e) || (strict && Cues.unlikely(e, cues)))) {
      return true;
    }
    return tag.equals("header") && e.text().length() < 400;
  }

  private static Element promote(List<CandidateScorer.Candidate> top, CandidateScorer scorer) {
    CandidateScorer.Candidate first = top.get(0);
    Element best = first.element;
    double bestScore = first.finalScore();
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < top.size(); i++) {
      Element alt = top.get(i).element;
      if (top.get(i).finalScore() / bestScore >= ALTERNATIVE
          && !isAncestor(alt, best, 16)
          && !isAncestor(best, alt, 16)) {
        alternatives.add(alt);
      }
    }
    if (alternatives.size() >= 2) {
      Element a = best.parent();
      for (int level = 0; a != null && level < 12 && !a.normalName().equals("body"); level++) {
        int inside = 0;
        for (Element alt : alternatives) {
          if (isAncestor(a, alt, 16)) {
            inside++;
          }
        }
        if (inside >= 2) {
          best = a;
          break;
        }
        a = a.parent();
      }
    }
    CandidateScorer.Candidate bc = scorer.get(best);
    double last = bc == null ? bestScore : bc.finalScore();
    Element parent = best.parent();
    for (int level = 0; parent != null && level < 12; level++) {
      if (parent.normalName().equals("body") || parent.normalName().equals("html")) {
        break;
      }
      CandidateScorer.Candidate pc = scorer.get(parent);
      if (pc != null) {
        double ps = pc.finalScore();
        if (ps < last / 3) {
          break;
        }
        if (ps > last) {
          best = parent;
          break;
        }
        last = ps;
      }
      parent = parent.parent();
    }
    while (best.parent() != null
        && !best.parent().normalName().equals("body")
        && best.parent().childrenSize() == 1) {
      best = best.parent();
    }
    return best;
  }

  /** Whether {@code e} is {@code root} or inside it. */
  private static boolean inside(Element e, Element root) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == root) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAncestor(Element a, Element e, int limit) {
    Element x = e;
    for (int i = 0; x != null && i < limit; i++) {
      if (x == a) {
        return true;
      }
      x = x.parent();
    }
    return false;
  }

  private static List<Element> siblings(Element best, CandidateScorer scorer) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    CandidateScorer.Candidate bc = scorer.get(best);
    double topScore = bc == null ? 0 : bc.finalScore();
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == best) {
        out.add(s);
        continue;
      }
      double bonus =
          !best.className().isEmpty() && best.className().equals(s.className())
              ? topScore * 0.2
              : 0;
      CandidateScorer.Candidate sc = scorer.get(s);
      if (sc != null && sc.finalScore() + bonus >= threshold) {
        out.add(s);
      } else if (s.normalName().equals("p")) {
        String text = Text.clean(s.text());
        double ld = linkDensity(s, text.length());
        if ((text.length() > 80 && ld < 0.25)
            || (text.length() > 0 && ld == 0 && text.endsWith("."))) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static double linkDensity(Element e, int length) {
    if (length == 0) {
      return 0;
    }
    int link = 0;
    for (Element a : e.select("a")) {
      link += Text.clean(a.text()).length();
    }
    return (double) link / length;
  }

  private static Set<Element> members(List<Element> roots) {
    Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element r : roots) {
      NodeTraversor.traverse(
          (node, depth) -> {
            if (node instanceof Element e) {
              set.add(e);
            }
          },
          r);
    }
    return set;
  }
}
