package org.parallax.core.id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Stable ids. Pure functions; thread-safe. */
public final class Ids {

  private Ids() {}

  /**
   * The id of an article: a hash of its normalised URL where it has one, else of its whitespace-
   * and case-normalised text. 16 hex digits.
   */
  public static String articleId(String url, String text) {
    if (url != null && !url.isBlank()) {
      return hash("url:" + Urls.normalise(url));
    }
    return hash("text:" + normaliseText(text == null ? "" : text));
  }

  /** 16 hex digits of the SHA-256 of {@code s}. */
  public static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String normaliseText(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(java.util.Locale.ROOT);
  }
}
