/**
 * Direct quotations and their speakers.
 *
 * <p>In: an {@link org.parallax.core.model.Article} with its text and, where the enrichment stage
 * has run, its entities. Out: a list of {@link org.parallax.core.model.Quote}s, each pointing at a
 * span of the article's text. The entry point is {@link org.parallax.nlp.quotes.QuoteAttributor}.
 *
 * <p>The pipeline is rule based and needs no model: QuoteFinder pairs quote marks (straight, curly,
 * German „…“ and guillemets); SpeakerFinder reads the cue around each quote (after it itself,
 * before it through LeftCue: "according to", participles, coordination, a colon that ends the
 * clause; German cues through GermanSubjects) and Phrases cuts out the speaker phrase (a name, a
 * pronoun or a description; NameCut drops a name's titles); Discourse resolves pronouns and
 * definite descriptions against what came before; ArticleReader decides direct, partial or term
 * (scare quotes, names of things, headlines, repeated short phrases, "the word “X”").
 *
 * <p>Hints, tips and traps: a quote mark that never closes ends at its paragraph; an opening mark
 * that starts the next paragraph continues a quote left open at the end of a paragraph; speaker ids
 * are the canonical entity ids of the article's entities where a mention covers the name, else the
 * article's fullest spelling of the name; anonymous sources become {@code unnamed …} descriptions
 * with a {@code null} id.
 */
package org.parallax.nlp.quotes;
