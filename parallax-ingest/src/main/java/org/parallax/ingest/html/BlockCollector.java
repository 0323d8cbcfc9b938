package org.parallax.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits an element's text into {@link Block}s in document order: every block-level element and
 * every run of two {@code <br>}s starts a new block. Iterative (jsoup's {@link NodeTraversor}), so
 * nesting depth does not matter.
 */
final class BlockCollector implements NodeVisitor {

  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Element> open = new ArrayDeque<>();
  private final StringBuilder buf = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  private int brRun;

  private BlockCollector(Element root) {
    open.push(root);
  }

  /** The blocks under {@code root}, in document order. */
  static List<Block> collect(Element root) {
    BlockCollector c = new BlockCollector(root);
    NodeTraversor.traverse(c, root);
    c.flush();
    return c.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      String s = t.getWholeText();
      if (!t.isBlank()) {
        brRun = 0;
        if (linkDepth > 0) {
          linkChars += Text.cleanLength(s) + (buf.isEmpty() ? 0 : 1);
        }
        buf.append(s);
      } else if (!buf.isEmpty()) {
        buf.append(' ');
      }
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      brRun++;
      if (brRun >= 2) {
        flush();
      } else {
        buf.append(' ');
      }
      return;
    }
    if (tag.equals("a")) {
      linkDepth++;
    }
    if (Cues.BLOCK_TAGS.contains(tag) || isCaption(e)) {
      flush();
      open.push(e);
    } else if (!buf.isEmpty()) {
      buf.append(inlineGap(tag));
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("a")) {
      linkDepth = Math.max(0, linkDepth - 1);
    }
    if (open.peek() == e && (Cues.BLOCK_TAGS.contains(tag) || isCaption(e))) {
      flush();
      open.pop();
    }
  }

  private static String inlineGap(String tag) {
    return switch (tag) {
      case "span",
          "a",
          "b",
          "i",
          "em",
          "strong",
          "sup",
          "sub",
          "small",
          "mark",
          "u",
          "abbr",
          "cite",
          "q",
          "code",
          "time",
          "font",
          "ruby",
          "rb",
          "wbr",
          "bdi",
          "bdo",
          "data",
          "ins",
          "del",
          "var",
          "s" ->
          "";
      default -> " ";
    };
  }

  private static boolean isCaption(Element e) {
    String tag = e.normalName();
    if (tag.equals("figcaption")) {
      return true;
    }
    if (tag.equals("p") || tag.equals("div") || tag.equals("span")) {
      return Cues.classOrIdHolds(e, "caption"); // also "wp-caption-text"
    }
    return false;
  }

  private static boolean isHeading(String tag) {
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  private void flush() {
    brRun = 0;
    if (buf.isEmpty()) {
      linkChars = 0;
      return;
    }
    String text = Text.clean(buf);
    buf.setLength(0);
    if (!text.isEmpty()) {
      Element where = open.peek();
      blocks.add(new Block(kind(where), text, Math.min(linkChars, text.length()), where));
    }
    linkChars = 0;
  }

  private Block.Kind kind(Element e) {
    int seen = 0;
    for (Element x : open) {
      if (++seen > 24) {
        break;
      }
      if (isCaption(x) || x.normalName().equals("figure")) {
        return Block.Kind.CAPTION;
      }
      if (x == e && isHeading(x.normalName())) {
        return Block.Kind.HEADING;
      }
      switch (x.normalName()) {
        case "td", "th":
          return x == e ? Block.Kind.CELL : Block.Kind.PARAGRAPH;
        case "li", "dd", "dt":
          return Block.Kind.LIST_ITEM;
        case "blockquote":
          return Block.Kind.QUOTE;
        case "pre":
          return Block.Kind.PRE;
        case "p", "article", "main", "body":
          return Block.Kind.PARAGRAPH;
        default:
          break;
      }
    }
    return Block.Kind.PARAGRAPH;
  }
}
