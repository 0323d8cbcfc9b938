package org.parallax.ingest.jsonl;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most a given length: a longer line is skipped to its end and reported as {@link
 * #TOO_LONG}, so one runaway line cannot exhaust memory. {@code \n}, {@code \r\n} and {@code \r}
 * end lines. Not thread-safe.
 */
final class BoundedLines {

  /** Returned instead of a line that was longer than the limit. */
  static final String TOO_LONG = new String("\u0000too-long");

  private final Reader in;
  private final int max;
  private final char[] buf = new char[8192];
  private int pos;
  private int len;
  private boolean pendingCr;

  BoundedLines(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line, {@link #TOO_LONG}, or {@code null} at the end. */
  String next() throws IOException {
    StringBuilder sb = new StringBuilder();
    boolean any = false;
    boolean tooLong = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return any ? (tooLong ? TOO_LONG : sb.toString()) : null;
        }
      }
      char c = buf[pos++];
      if (pendingCr) {
        pendingCr = false;
        if (c == '\n') {
          continue;
        }
      }
      if (c == '\n' || c == '\r') {
        pendingCr = c == '\r';
        return tooLong ? TOO_LONG : sb.toString();
      }
      any = true;
      if (!tooLong) {
        if (sb.length() >= max) {
          tooLong = true;
          sb.setLength(0);
          sb.trimToSize();
        } else {
          sb.append(c);
        }
      }
    }
  }
}
