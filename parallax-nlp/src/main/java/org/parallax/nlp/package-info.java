/**
 * Enrichment: sentences, tokens, language, named entities with canonical ids, quotes with speakers
 * and time expressions.
 *
 * <p>In: a clean {@link org.parallax.core.model.Article}. Out: the same article with {@code
 * language}, {@code sentences}, {@code entities}, {@code quotes}, {@code times} and {@code notes}
 * filled by {@link org.parallax.nlp.Enricher}. Every annotation is a {@link
 * org.parallax.core.model.Span} of the article's {@code text}.
 *
 * <p>{@link org.parallax.nlp.NlpDoc} is the linguistic view (tokens with POS and lemma, sentences,
 * named-entity mentions with their canonical ids) that annotators such as quote attribution read.
 *
 * <p>Hints, tips and traps: the models load once per process ({@link
 * org.parallax.nlp.Enricher#shared()}); CoreNLP is confined to {@code org.parallax.nlp.ner}.
 */
package org.parallax.nlp;
