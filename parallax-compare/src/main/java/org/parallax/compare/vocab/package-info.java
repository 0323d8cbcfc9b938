/**
 * Distinctive vocabulary: for each outlet on a story, the words and phrases that set it apart from
 * the other outlets, by weighted log-odds with an informative Dirichlet prior taken from the whole
 * corpus (Monroe, Colaresi and Quinn 2008, "Fightin' Words", section 3.5).
 */
package org.parallax.compare.vocab;
