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
 * @param corpus the {@code --corpus} directory, or {@code null}: when it holds a corpus, the batch
 *     is grouped together with the corpus's articles and only the stories it touches are compared
 */
record AnalyzeContext(
    List<String> inputs,
    Path outDir,
    SourceRegistry registry,
    int threads,
    PrintWriter out,
    PrintWriter err,
    Path corpus) {

  /** A context without a corpus. */
  AnalyzeContext(
      List<String> inputs,
      Path outDir,
      SourceRegistry registry,
      int threads,
      PrintWriter out,
      PrintWriter err) {
    this(inputs, outDir, registry, threads, out, err, null);
  }

  /** The enriched articles, one JSON object a line. */
  Path articles() {
    return outDir.resolve(IngestRunner.ARTICLES);
  }

  /** The items that did not become enriched articles, one problem a line. */
  Path rejects() {
    return outDir.resolve(IngestRunner.REJECTS);
  }
}
