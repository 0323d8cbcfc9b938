package org.parallax.ingest.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: a byte-order mark wins, then a declared charset (an HTTP header, an HTML
 * {@code <meta>}), then UTF-8 when the bytes are valid UTF-8, else windows-1252 (which also reads
 * Latin-1). Pure functions; thread-safe.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final int META_SCAN = 4096;

  private TextDecoder() {}

  /** Decodes text or Markdown: BOM, else UTF-8, else windows-1252. */
  public static String decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes with a declared charset that only a BOM overrides. An unknown or unsupported name is
   * ignored.
   */
  public static String decode(byte[] bytes, String declared) {
    int n = bytes.length;
    if (n >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return new String(bytes, 3, n - 3, StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
    }
    Optional<Charset> cs = charset(declared);
    if (cs.isPresent() && !isUtf16(cs.get())) {
      return new String(bytes, cs.get());
    }
    return strictUtf8(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
  }

  /** Decodes an HTML page: BOM, then {@code declared}, then the page's own {@code <meta>}. */
  public static String decodeHtml(byte[] bytes, String declared) {
    if (charset(declared).isPresent()) {
      return decode(bytes, declared);
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return decode(bytes, m.find() ? m.group(1) : null);
  }

  /** The charset named in an HTTP {@code Content-Type} value, if any. */
  public static Optional<String> charsetOfContentType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static boolean isUtf16(Charset cs) {
    // a page that declares UTF-16 but has no BOM was almost always re-encoded as UTF-8 on save
    return cs.name().toUpperCase(Locale.ROOT).startsWith("UTF-16");
  }

  private static Optional<Charset> charset(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name.strip()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
