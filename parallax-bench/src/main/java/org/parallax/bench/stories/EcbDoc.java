package org.parallax.bench.stories;

import org.parallax.core.model.Article;

/**
 * One ECB+ document.
 *
 * @param id the document id, e.g. {@code 36_1ecbplus}
 * @param topic the topic number
 * @param subtopic the gold story, e.g. {@code 36ecbplus}
 * @param split {@code train}, {@code dev} or {@code test}
 * @param article the document as an article (title, sentences as paragraphs, dates found in text)
 */
public record EcbDoc(String id, int topic, String subtopic, String split, Article article) {}
