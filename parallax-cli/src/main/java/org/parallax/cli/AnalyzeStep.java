package org.parallax.cli;

import java.io.IOException;

/**
 * One step of {@code parallax analyze}: reads what the earlier steps wrote to the output directory
 * and writes its own files there. Steps run in the order {@link AnalyzeCommand#steps()} lists them;
 * a step that returns {@link ExitCodes#FAILURE} stops the run.
 */
interface AnalyzeStep {

  /** A short name for messages, e.g. {@code enrich}. */
  String name();

  /** Runs the step; returns an exit code of {@link ExitCodes}. */
  int run(AnalyzeContext context) throws IOException;
}
