package org.parallax.bench.entities;

import java.util.List;

/**
 * One gold document: its text rebuilt from the gold tokens, and its name mentions.
 *
 * @param id the document id
 * @param title the title, or {@code null}
 * @param published the publication date ({@code yyyy-MM-dd}), or {@code null}
 * @param paragraphs the text's paragraphs (joined by a blank line, they are the text)
 * @param mentions the gold name mentions, offsets into the joined text
 */
record GoldDoc(
    String id,
    String title,
    String published,
    List<String> paragraphs,
    List<GoldMention> mentions) {

  GoldDoc {
    paragraphs = List.copyOf(paragraphs);
    mentions = List.copyOf(mentions);
  }
}
