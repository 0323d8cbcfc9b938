/** Parallax ingest. */
package org.parallax.ingest;
