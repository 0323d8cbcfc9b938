/**
 * Opening inputs: files, directories (walked recursively in sorted order) and standard input; gzip
 * is undone transparently and the format is recognised from the first bytes ({@link
 * org.parallax.ingest.input.FormatSniffer}), not from the file name. Each format has a {@link
 * org.parallax.ingest.input.DocumentReader} in its own package.
 */
package org.parallax.ingest.input;
