/**
 * Coverage of a story: outlets resolved through the source registry, independent voices
 * (syndication families count once), counts by registry attribute, the timeline and blindspots.
 */
package org.parallax.compare.coverage;
