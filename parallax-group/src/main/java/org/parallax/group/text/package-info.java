/**
 * Text primitives shared by syndication and story grouping: word tokens with their offsets, word
 * shingles as 64-bit hashes, and a hash mixer.
 */
package org.parallax.group.text;
