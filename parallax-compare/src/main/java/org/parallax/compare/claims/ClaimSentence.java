package org.parallax.compare.claims;

import java.util.Set;
import org.parallax.core.model.Span;

/**
 * One sentence of a story as a candidate claim, with the features alignment uses.
 *
 * @param member index of the article among the story's members
 * @param article the article id
 * @param voice the article's independent voice
 * @param span the sentence in the article's text
 * @param entities canonical ids of the entities it names
 * @param words lemmas of its content words ({@link org.parallax.compare.text.ContentWords})
 * @param numbers numbers it states, normalised with their unit ({@code 90 percent}, {@code 12})
 * @param dates dates it states (resolved values or years)
 * @param negated whether it contains a negation
 * @param polarity evaluative tone: positive minus negative cue words
 * @param quoted whether part of it is a quotation
 */
public record ClaimSentence(
    int member,
    String article,
    String voice,
    Span span,
    Set<String> entities,
    Set<String> words,
    Set<String> numbers,
    Set<String> dates,
    boolean negated,
    int polarity,
    boolean quoted) {}
