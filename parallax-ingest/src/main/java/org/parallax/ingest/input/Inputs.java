package org.parallax.ingest.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Expands the inputs a user names into files, and opens one input: gzip undone, format sniffed.
 * Thread-safe.
 */
public final class Inputs {

  /** The name of standard input. */
  public static final String STDIN = "-";

  private static final int BUFFER = 1 << 16;

  private Inputs() {}

  /**
   * The files under {@code path}: the path itself when it is a file, every regular file below it
   * (hidden ones skipped) in sorted order when it is a directory.
   */
  public static List<Path> expand(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(path, p))
          .sorted(Comparator.comparing(Path::toString))
          .forEach(files::add);
    }
    return files;
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Opens {@code raw}: undoes gzip when the bytes start with its magic number and recognises the
   * format of what is inside.
   *
   * @throws IOException when the stream cannot be read or a gzip header is broken
   */
  public static OpenedInput open(String source, InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    boolean gzipped = false;
    byte[] magic = peek(in, 2);
    if (magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
      in = new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
      gzipped = true;
    }
    byte[] head = peek(in, FormatSniffer.HEAD_BYTES);
    return new OpenedInput(source, in, FormatSniffer.sniff(head, head.length), gzipped);
  }

  /** Up to {@code n} bytes from the start of {@code in}, which is left where it was. */
  static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] buf = new byte[n];
    int len = 0;
    try {
      int r;
      while (len < n && (r = in.read(buf, len, n - len)) > 0) {
        len += r;
      }
    } catch (IOException e) {
      if (len == 0) {
        throw e;
      }
      // a truncated input: sniff what there is; the reader meets the same error at its place
    }
    in.reset();
    return java.util.Arrays.copyOf(buf, len);
  }
}
