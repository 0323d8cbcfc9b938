/**
 * A story as the comparison sees it: its articles, each with its resolved outlet and independent
 * voice (syndication family).
 */
package org.parallax.compare.story;
