/**
 * Plain text and Markdown dumps: one article per file, decoded by BOM, else as UTF-8, else as
 * windows-1252. The cleaning of such dumps lives in {@link org.parallax.ingest.clean}.
 */
package org.parallax.ingest.text;
