package org.parallax.core.id;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/** URL normalisation and host extraction. Pure functions; thread-safe. */
public final class Urls {

  private Urls() {}

  /**
   * Normalises a URL for identity: lower-cased scheme and host, {@code www.} dropped, default port,
   * fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}) removed,
   * trailing slash removed, {@code http} and {@code https} treated alike. Returns the trimmed input
   * when it is not a parseable absolute URL.
   */
  public static String normalise(String url) {
    String trimmed = url.strip();
    try {
      URI uri = new URI(trimmed);
      if (uri.getHost() == null) {
        return trimmed;
      }
      String host = stripWww(uri.getHost().toLowerCase(Locale.ROOT));
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = cleanQuery(uri.getRawQuery());
      return "https://" + host + path + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return trimmed;
    }
  }

  /** The host of {@code url} without {@code www.}, lower-cased, if it has one. */
  public static Optional<String> host(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      String h = new URI(url.strip()).getHost();
      return h == null ? Optional.empty() : Optional.of(stripWww(h.toLowerCase(Locale.ROOT)));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String stripWww(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static String cleanQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    StringJoiner kept = new StringJoiner("&");
    for (String part : rawQuery.split("&")) {
      String key = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!key.startsWith("utm_") && !key.equals("fbclid") && !key.equals("gclid")) {
        kept.add(part);
      }
    }
    return kept.toString();
  }
}
