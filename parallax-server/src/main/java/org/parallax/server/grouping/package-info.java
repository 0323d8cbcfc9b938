/**
 * The server's default {@link org.parallax.server.api.GroupingEditor}: {@link
 * org.parallax.server.grouping.StoredStoryEditor} keeps each override in the corpus (so later
 * grouping runs honour it) and edits the stored stories at once.
 */
package org.parallax.server.grouping;
