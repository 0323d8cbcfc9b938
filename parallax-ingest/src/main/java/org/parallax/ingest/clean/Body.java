package org.parallax.ingest.clean;

import java.util.List;

/**
 * A cleaned body.
 *
 * @param paragraphs the body paragraphs
 * @param headings sub-headings, in order
 * @param captions captions, each once
 * @param syndicatedFrom the outlet or agency credited as the text's origin, or {@code null}
 * @param selfHosts hosts of links in removed footer blocks, in order
 */
public record Body(
    List<String> paragraphs,
    List<String> headings,
    List<String> captions,
    String syndicatedFrom,
    List<String> selfHosts) {

  public Body {
    paragraphs = List.copyOf(paragraphs);
    headings = List.copyOf(headings);
    captions = List.copyOf(captions);
    selfHosts = List.copyOf(selfHosts);
  }
}
