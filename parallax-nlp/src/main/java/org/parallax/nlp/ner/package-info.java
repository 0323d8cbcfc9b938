/**
 * Named-entity recognition and time expressions with Stanford CoreNLP: the only package that
 * imports {@code edu.stanford.*}.
 *
 * <p>In: a text and its sentence boundaries, plus the publication date. Out: {@link
 * org.parallax.nlp.ner.NerResult} with typed mentions and time expressions (character offsets into
 * the text, ISO values anchored to the publication date).
 *
 * <p>Hints, tips and traps: one CoreNLP pipeline per process, shared by all threads. It is
 * configured for speed: one CRF (the 3-class model) instead of three, no parse and no coref, SUTime
 * only on sentences that hold a digit or a calendar word. The fine-grained gazetteer pass is
 * optional ({@code -Dparallax.ner.fine=true}); when on, it is trimmed to countries and
 * nationalities (the full one costs 2.5 GB of heap for its 533k city rows). By default the alias
 * table supplies those types instead, for a third less NER time. Each sentence is annotated as its
 * own small document, so a text without sentence punctuation never becomes one giant CRF input.
 */
package org.parallax.nlp.ner;
