package org.parallax.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a finished ingest run. Every item read is either an article or a reject, so {@code
 * items == articles + rejects}.
 *
 * @param inputs inputs that could be opened
 * @param items items read: articles plus rejects
 * @param articles articles written
 * @param rejects problems, including inputs that could not be opened
 * @param skipped archive records that are not articles by nature (requests, images)
 * @param rejectsByCode rejects counted by problem code, sorted by code
 * @param elapsed wall-clock time of the run
 */
public record IngestSummary(
    long inputs,
    long items,
    long articles,
    long rejects,
    long skipped,
    Map<String, Long> rejectsByCode,
    Duration elapsed) {

  public IngestSummary {
    rejectsByCode = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectsByCode));
  }

  /** Whether nothing could be read at all: no input could be opened and no article came out. */
  public boolean nothingRead() {
    return inputs == 0 && articles == 0;
  }

  /** Articles per second over the run. */
  public double articlesPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : articles / s;
  }
}
