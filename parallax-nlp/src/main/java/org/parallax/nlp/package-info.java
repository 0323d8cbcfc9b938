/** Parallax nlp. */
package org.parallax.nlp;
