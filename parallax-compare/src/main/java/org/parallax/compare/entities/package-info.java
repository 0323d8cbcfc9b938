/** Entities per outlet: who and what each outlet names, how often and how prominently. */
package org.parallax.compare.entities;
