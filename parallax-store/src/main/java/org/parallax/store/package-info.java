/** Parallax store. */
package org.parallax.store;
