/**
 * The source registry: outlets as data. Each {@link org.parallax.core.registry.Outlet} maps a
 * domain to a name, country, language, kind (wire, state, public, commercial, nonprofit,
 * aggregator), owner, aliases and user labels. A default list ships as {@code outlets.tsv} in this
 * package; a user file in the same format overrides or extends it.
 */
package org.parallax.core.registry;
