/**
 * Stable identifiers: article ids from normalised URLs or cleaned text, so that re-ingesting the
 * same item gives the same id.
 */
package org.parallax.core.id;
