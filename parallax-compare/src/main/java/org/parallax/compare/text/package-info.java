/**
 * Text helpers shared by the comparison: sentence spans (from enrichment, or split here when an
 * article has none), word tokens with offsets, and an English stop-word list.
 */
package org.parallax.compare.text;
