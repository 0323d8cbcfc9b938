/**
 * JSON Lines: one article per line, an object with {@code url}, {@code title}, {@code published},
 * {@code text} or {@code html}, and optionally {@code id} (kept as {@code source_id}), {@code
 * lang}, {@code source} (the outlet), {@code authors}, {@code subtitle} and {@code section}. Lines
 * are streamed; a broken line is one reject and the next line is read. A file that holds one JSON
 * array of such objects is read too, element by element.
 */
package org.parallax.ingest.jsonl;
