/**
 * Time expressions on the calendar: SUTime's values (from {@code org.parallax.nlp.ner}) repaired
 * and anchored to the article's publication date.
 *
 * <p>In: the tagger's time expressions, the sentences and the publication date. Out: {@link
 * org.parallax.core.model.TimeExpression}s with ISO / TIMEX3 values. Where the article has no
 * publication date, relative expressions keep a {@code null} value instead of a guess.
 *
 * <p>Repairs on top of SUTime: year ranges written {@code 1950-53} become {@code 1950/1953}; a bare
 * month ("in June") takes the year of an explicit year earlier in the same sentence ("in 2018 … in
 * June" is {@code 2018-06}, not the publication year).
 */
package org.parallax.nlp.time;
