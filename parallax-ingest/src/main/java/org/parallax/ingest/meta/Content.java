package org.parallax.ingest.meta;

import java.util.List;

/**
 * What a cleaner read out of one item's content, before it is merged with the container's hints.
 * Strings are {@code null} when absent; lists are never {@code null}.
 *
 * @param title the headline
 * @param subtitle the standfirst
 * @param authors the people credited
 * @param published a date or date-time as found (normalised later)
 * @param url the item's own URL (an "Original URL:" line, a canonical link)
 * @param siteName the site's own name, when the content names it
 * @param language a language tag the content declares
 * @param section a section label
 * @param syndicatedFrom the outlet or agency credited as the origin of the text
 * @param headings sub-headings in the body
 * @param captions figure captions, each once
 * @param paragraphs the body
 * @param selfHosts hosts of links in removed footer blocks ("contact us at …"), in order: hints at
 *     the publisher when there is no URL
 */
public record Content(
    String title,
    String subtitle,
    List<String> authors,
    String published,
    String url,
    String siteName,
    String language,
    String section,
    String syndicatedFrom,
    List<String> headings,
    List<String> captions,
    List<String> paragraphs,
    List<String> selfHosts) {

  public Content {
    authors = authors == null ? List.of() : List.copyOf(authors);
    headings = headings == null ? List.of() : List.copyOf(headings);
    captions = captions == null ? List.of() : List.copyOf(captions);
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    selfHosts = selfHosts == null ? List.of() : List.copyOf(selfHosts);
  }
}
