/**
 * Direct quotations and their speakers.
 *
 * <p>In: an {@link org.parallax.core.model.Article} with its text and, where the enrichment stage
 * has run, its sentences and entities. Out: a list of {@link org.parallax.core.model.Quote}s, each
 * pointing at a span of the article's text.
 *
 * <p>The pipeline is rule based: QuoteFinder pairs quote marks (straight, curly, German and
 * French), QuoteKinds tells speech from scare-quoted terms, and SpeakerFinder reads the speech cue
 * around each quote and resolves its subject (a name, a pronoun or a description) to a speaker.
 *
 * <p>Hints, tips and traps: a quote mark that never closes ends at its paragraph; an opening mark
 * that starts the next paragraph continues a quote left open at the end of a paragraph; speaker ids
 * are the canonical entity ids of the article's entities where a mention covers the name, else the
 * full name itself.
 */
package org.parallax.nlp.quotes;
