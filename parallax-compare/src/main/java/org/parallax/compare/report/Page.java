package org.parallax.compare.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The frame of every report page: a Content-Security-Policy that forbids scripts, network access,
 * frames and forms, the inline stylesheet (allowed by its hash), a header and a footer.
 */
final class Page {

  static final String CSS = load("report.css");
  static final String CSP =
      "default-src 'none'; style-src '"
          + sha256(CSS)
          + "'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private Page() {}

  /**
   * A whole page.
   *
   * @param title the document title (escaped)
   * @param heading the header's heading (escaped)
   * @param meta a line under the heading (escaped), may be null
   * @param back a relative link back to the index, or null on the index itself
   * @param body the page's main content
   */
  static String render(String title, String heading, String meta, String back, Html body) {
    Html h = new Html();
    h.trusted("<!DOCTYPE html>\n");
    h.open("html", "lang", "en").open("head");
    h.open("meta", "charset", "utf-8");
    h.open("meta", "http-equiv", "Content-Security-Policy", "content", CSP);
    h.open("meta", "name", "referrer", "content", "no-referrer");
    h.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    h.element("title", title);
    h.open("style").trusted(CSS).close("style");
    h.close("head").open("body");
    h.open("header", "class", "top");
    h.open("div", "class", "brand");
    if (back != null) {
      h.element("a", "Parallax report", "href", back);
    } else {
      h.text("Parallax report");
    }
    h.close("div");
    h.element("h1", heading);
    if (meta != null) {
      h.element("div", meta, "class", "meta");
    }
    h.close("header");
    h.open("main").append(body).close("main");
    h.element("footer", "Made by Parallax. Static page: no scripts, no network.");
    h.close("body").close("html");
    return h.toString();
  }

  private static String load(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
