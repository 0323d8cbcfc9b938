package org.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Inputs made by the tests themselves (big and binary ones are never committed). */
final class Fixtures {

  private Fixtures() {}

  /** A small article page with {@code n} paragraphs that contain {@code word}. */
  static String page(String title, String word, int n) {
    StringBuilder sb = new StringBuilder();
    sb.append("<html><head><title>").append(title).append("</title></head><body><article>");
    sb.append("<h1>").append(title).append("</h1>");
    for (int i = 0; i < n; i++) {
      sb.append("<p>Paragraph ")
          .append(i + 1)
          .append(" tells the readers of this page about ")
          .append(word)
          .append(" and about the people who were there when it happened.</p>");
    }
    return sb.append("</article></body></html>").toString();
  }

  /**
   * Writes a gzip WARC with one HTML response per page, plus an image response after the first.
   *
   * @return the offset at which the last record starts
   */
  static long warcGz(Path file, String... pages) throws IOException {
    long last = 0;
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
            WarcCompression.GZIP)) {
      for (int i = 0; i < pages.length; i++) {
        last = w.position();
        w.write(
            response(
                "https://example.org/news/" + (i + 1),
                "text/html; charset=utf-8",
                pages[i].getBytes(StandardCharsets.UTF_8)));
        if (i == 0) {
          w.write(
              response(
                  "https://example.org/logo.png",
                  "image/png",
                  new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        }
      }
    }
    return last;
  }

  static WarcResponse response(String url, String type, byte[] body) throws IOException {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.write(
        ("HTTP/1.1 200 OK\r\nContent-Type: "
                + type
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    http.write(body);
    return new WarcResponse.Builder(URI.create(url))
        .date(Instant.parse("2021-05-05T08:00:00Z"))
        .body(MediaType.HTTP_RESPONSE, http.toByteArray())
        .build();
  }

  /** Gzips {@code bytes} into {@code file}. */
  static void gzip(Path file, byte[] bytes) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(bytes);
    }
  }
}
