package org.parallax.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request line exactly as written, with no client-side path normalisation, so tests can see
 * what the server does with hostile paths.
 */
final class RawHttp {

  /** The status code and the whole response as text. */
  record Response(int status, String text) {}

  private RawHttp() {}

  static Response get(int port, String rawPath) throws IOException {
    return send(port, "GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
  }

  static Response send(int port, String headLines) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write((headLines + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      String text = buf.toString(StandardCharsets.ISO_8859_1);
      String[] first = text.split("\r\n", 2)[0].split(" ");
      return new Response(first.length > 1 ? Integer.parseInt(first[1]) : -1, text);
    }
  }
}
