package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.parallax.core.registry.SourceRegistry;

/**
 * What every {@link AnalyzeStep} gets.
 *
 * @param inputs the command's inputs (files, directories, {@code -})
 * @param outDir the output directory ({@code articles.jsonl}, {@code rejects.jsonl}, and the files
 *     of later steps)
 * @param registry the source registry
 * @param threads worker threads for the heavy steps
 * @param out standard output
 * @param err standard error
 */
record AnalyzeContext(
    List<String> inputs,
    Path outDir,
    SourceRegistry registry,
    int threads,
    PrintWriter out,
    PrintWriter err) {

  /** The enriched articles, one JSON object a line. */
  Path articles() {
    return outDir.resolve(IngestRunner.ARTICLES);
  }

  /** The items that did not become enriched articles, one problem a line. */
  Path rejects() {
    return outDir.resolve(IngestRunner.REJECTS);
  }
}
