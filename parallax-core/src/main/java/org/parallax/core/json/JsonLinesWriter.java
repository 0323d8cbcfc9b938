package org.parallax.core.json;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes one JSON value per line. Each line is written whole and flushed, so a reader of a file
 * that a killed process left behind sees only complete lines. Thread-safe.
 */
public final class JsonLinesWriter implements Closeable {

  private final BufferedWriter out;
  private long count;

  private JsonLinesWriter(BufferedWriter out) {
    this.out = out;
  }

  /** Creates or truncates {@code file}. */
  public static JsonLinesWriter create(Path file) throws IOException {
    return open(file, false);
  }

  /** Opens {@code file} for appending, creating it when missing. */
  public static JsonLinesWriter append(Path file) throws IOException {
    return open(file, true);
  }

  private static JsonLinesWriter open(Path file, boolean append) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    BufferedWriter w =
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    return new JsonLinesWriter(w);
  }

  /** Writes {@code value} as one line and flushes. */
  public synchronized void write(Object value) throws IOException {
    out.write(Json.write(value));
    out.write('\n');
    out.flush();
    count++;
  }

  /** Lines written by this writer. */
  public synchronized long count() {
    return count;
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
