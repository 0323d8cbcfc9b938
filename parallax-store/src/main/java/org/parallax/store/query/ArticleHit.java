package org.parallax.store.query;

/**
 * An article in a result list: enough to show a line of results without loading the article.
 *
 * @param id the article id
 * @param title the title, may be null
 * @param outlet the outlet name (registry name, else publisher, else domain)
 * @param published the publication date as the article gives it, may be null
 * @param url the article's URL, may be null
 * @param language the language code, may be null
 * @param score the relevance score or, for similar articles, the cosine similarity
 * @param snippet a short passage of the text, around the first query word where there is one
 */
public record ArticleHit(
    String id,
    String title,
    String outlet,
    String published,
    String url,
    String language,
    float score,
    String snippet) {}
