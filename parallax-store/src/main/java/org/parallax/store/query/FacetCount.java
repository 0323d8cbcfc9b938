package org.parallax.store.query;

/**
 * How many matching articles have one value of a facet.
 *
 * @param value the value, e.g. an outlet name
 * @param count the number of matching articles with it
 */
public record FacetCount(String value, long count) {}
