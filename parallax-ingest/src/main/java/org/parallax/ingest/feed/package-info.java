/**
 * RSS 2.0, RSS 1.0 and Atom feeds (read with ROME): one article per item, from its full content
 * when the feed carries it, else from its description. The item's link, title, date, authors, guid
 * and first category become hints.
 */
package org.parallax.ingest.feed;
