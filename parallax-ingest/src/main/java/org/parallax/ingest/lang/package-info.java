/**
 * Language identification behind a small interface, {@link
 * org.parallax.ingest.lang.LanguageDetector}. The shipped {@link
 * org.parallax.ingest.lang.StopwordLanguageDetector} knows the script of many languages and the
 * commonest words of the main Latin-script ones; a better model can be plugged in without changing
 * the ingest code.
 */
package org.parallax.ingest.lang;
