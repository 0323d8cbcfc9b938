/** Parallax group. */
package org.parallax.group;
