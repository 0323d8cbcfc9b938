package org.parallax.ingest.clean;

import java.util.List;

/**
 * One block of a text dump: the lines between blank lines, Markdown reduced to text.
 *
 * @param text the block's lines joined by a space
 * @param lines the block's distinct lines, in order
 * @param repeated whether a line was repeated straight after itself (how saved pages often render a
 *     caption: alt text, then the caption)
 * @param heading whether the block is a Markdown heading ({@code #} or setext)
 * @param links link targets found in the block
 */
public record Block(
    String text, List<String> lines, boolean repeated, boolean heading, List<String> links) {

  public Block {
    lines = List.copyOf(lines);
    links = List.copyOf(links);
  }

  /** The number of words in {@link #text()}. */
  public int words() {
    return TextNormaliser.words(text);
  }

  /** This block's lines as blocks of their own. */
  public List<Block> splitLines() {
    return lines.stream().map(l -> new Block(l, List.of(l), false, false, links)).toList();
  }
}
