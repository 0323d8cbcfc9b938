package org.parallax.ingest.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Size limits that keep memory bounded, and a bounded read. */
public final class Limits {

  /** The largest single item (a page, a text file, a WARC record body) read: 64 MiB. */
  public static final int MAX_ITEM_BYTES = 64 << 20;

  private Limits() {}

  /**
   * Reads {@code in} to its end, or gives up after {@code max} bytes (the rest is left unread).
   *
   * @return the bytes, or empty when there were more than {@code max}
   */
  public static Optional<byte[]> readAtMost(InputStream in, int max) throws IOException {
    byte[] bytes = in.readNBytes(max);
    if (bytes.length == max && in.read() >= 0) {
      return Optional.empty();
    }
    return Optional.of(bytes);
  }
}
