/** Parallax bench. */
package org.parallax.bench;
