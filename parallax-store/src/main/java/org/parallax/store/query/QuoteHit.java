package org.parallax.store.query;

import org.parallax.core.model.Quote;

/**
 * A quote found by a {@link QuoteQuery}, with the article it is in.
 *
 * @param articleId the quoting article
 * @param index the quote's position in the article's {@code quotes} list
 * @param quote the quote itself, with its span in the article's text
 * @param title the article's title
 * @param outlet the article's outlet name
 * @param published the article's publication date
 */
public record QuoteHit(
    String articleId, int index, Quote quote, String title, String outlet, String published) {}
