/**
 * Saved HTML pages: one article per file. The charset comes from a byte-order mark, else the page's
 * {@code <meta charset>}, else detection; the page is then handed to {@link
 * org.parallax.ingest.html.HtmlExtractor} by the cleaning stage.
 */
package org.parallax.ingest.htmlfile;
