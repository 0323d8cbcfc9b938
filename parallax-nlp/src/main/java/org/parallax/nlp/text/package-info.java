/**
 * Sentences, tokens, part-of-speech tags, lemmas and language identification with Apache OpenNLP.
 *
 * <p>In: a text. Out: {@link org.parallax.nlp.NlpDoc} tokens and sentences with character offsets
 * into that text, and a language code. Only English has OpenNLP sentence, token, POS and lemma
 * models on Maven Central; other languages fall back to the JDK's {@link java.text.BreakIterator}
 * for sentences and words, with POS {@code X}.
 *
 * <p>Models are loaded once per process by {@link org.parallax.nlp.text.OpenNlpModels}; the {@code
 * *ME} tools are not thread-safe, so each thread gets its own through a {@link
 * java.lang.ThreadLocal}. Paragraph breaks ({@code \n\n}) always end a sentence, and sentences
 * longer than {@link org.parallax.nlp.text.TextAnalyzer#MAX_SENTENCE_TOKENS} tokens are cut.
 */
package org.parallax.nlp.text;
