package org.parallax.ingest.input;

import java.io.InputStream;
import java.util.Objects;

/**
 * An input ready to read: the decompressed byte stream positioned at its start, its name as shown
 * to users, and the format recognised from its first bytes.
 *
 * @param source the file path, URL or {@code -} for standard input
 * @param stream the (decompressed) content; the caller closes it
 * @param format the recognised format
 * @param gzipped whether the input was gzip-compressed
 */
public record OpenedInput(String source, InputStream stream, InputFormat format, boolean gzipped) {

  public OpenedInput {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(format, "format");
  }
}
