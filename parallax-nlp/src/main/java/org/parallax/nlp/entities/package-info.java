/**
 * Entities with canonical identities: one {@link org.parallax.core.model.Entity} per real-world
 * entity in an article, with the same id in every article.
 *
 * <p>In: the NER mentions of one article and its tokens. Out: entities (id, name, type, mentions,
 * salience) and the canonical id of every mention.
 *
 * <p>Identity comes from three places, in this order: the {@link
 * org.parallax.nlp.entities.AliasTable} shipped as data ({@code aliases.tsv}: every country with
 * its other names, demonyms and capitals used as actors, common agencies and international bodies,
 * and a short table of well-known people) and extendable by a user file; within-article person
 * coreference (a surname or a first name after a full name, e.g. {@code Kwon} after {@code Kwon
 * Jong Gun}); and the mention text with titles, honorifics, possessives and a leading "the"
 * stripped.
 *
 * <p>Hints, tips and traps: a surname alone stays the surname unless the article also has the full
 * name or the alias table knows the person ({@code Biden} is {@code Joe Biden}, {@code Bush} stays
 * {@code Bush}). A capital is its country only when it acts ("Pyongyang signalled", "a deal with
 * Washington"); after a locative preposition ("in Pyongyang") it is the city.
 */
package org.parallax.nlp.entities;
