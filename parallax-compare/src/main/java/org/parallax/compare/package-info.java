/** Parallax compare. */
package org.parallax.compare;
