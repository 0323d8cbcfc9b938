/** Plain-text tables that the {@code parallax bench} commands print (Markdown pipe syntax). */
package org.parallax.bench.table;
