/**
 * Distinctive vocabulary: for each outlet on a story, the words and phrases that set it apart from
 * the other outlets, by weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi and
 * Quinn 2008, "Fightin' Words", section 3.5). The prior mixes the whole corpus's term counts with
 * an English frequency list shipped in this package ({@code background-en.txt}, see its README), so
 * that a small story's lists favour words that are rare in English over the topic's common words.
 * Terms are Krovetz-stemmed words (British spellings mapped to American first) and recurring
 * collocations of up to three words; people's names and attributed quotations are left out.
 */
package org.parallax.compare.vocab;
