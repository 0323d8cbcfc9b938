/** Parallax server. */
package org.parallax.server;
