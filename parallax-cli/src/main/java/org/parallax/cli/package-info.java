/**
 * The {@code parallax} command: picocli commands that wire the stages together, print summaries and
 * map outcomes to exit codes ({@link org.parallax.cli.ExitCodes}). The only module allowed to write
 * to standard output.
 */
package org.parallax.cli;
