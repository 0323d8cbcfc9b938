package org.parallax.ingest;

/**
 * Progress of a running ingest.
 *
 * @param inputsDone inputs (files, streams) finished so far
 * @param inputsTotal inputs known so far (directories are expanded as they are reached)
 * @param items items read so far (articles plus rejects)
 * @param articles articles so far
 * @param rejects rejects so far
 * @param current the input being read
 */
public record IngestProgress(
    long inputsDone, long inputsTotal, long items, long articles, long rejects, String current) {}
