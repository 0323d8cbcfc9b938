/**
 * The server's default {@link org.parallax.server.api.ArticleIntake}: {@link
 * org.parallax.server.intake.IngestorIntake} runs the {@link org.parallax.ingest.Ingestor} over a
 * posted body, then an optional enrichment step, and stores the batch in one corpus commit.
 */
package org.parallax.server.intake;
