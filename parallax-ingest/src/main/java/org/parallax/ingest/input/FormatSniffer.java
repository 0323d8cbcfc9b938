package org.parallax.ingest.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Recognises an input's format from its first bytes: {@code WARC/1.x}, an XML prolog or root that
 * names {@code rss}, {@code feed} or {@code rdf:RDF}, a line that opens with <code>{</code> or a
 * JSON array (<code>[</code>), HTML markup, else text. Bytes with NULs or many control characters
 * are {@link InputFormat#BINARY}. Pure functions; thread-safe.
 */
public final class FormatSniffer {

  /** How many leading bytes {@link #sniff(byte[], int)} needs to decide. */
  public static final int HEAD_BYTES = 8192;

  private FormatSniffer() {}

  /** The format of content whose first {@code length} bytes are in {@code head}. */
  public static InputFormat sniff(byte[] head, int length) {
    if (length <= 0) {
      return InputFormat.EMPTY;
    }
    String text = headText(head, length);
    if (text == null) {
      return InputFormat.BINARY;
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return InputFormat.EMPTY;
    }
    if (s.startsWith("WARC/")) {
      return InputFormat.WARC;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("{") || lower.startsWith("[")) {
      return InputFormat.JSONL;
    }
    if (lower.startsWith("<")) {
      return isFeed(lower) ? InputFormat.FEED : InputFormat.HTML;
    }
    return InputFormat.TEXT;
  }

  private static boolean isFeed(String lower) {
    String afterProlog = lower;
    while (afterProlog.startsWith("<?") || afterProlog.startsWith("<!--")) {
      int end = afterProlog.indexOf('>');
      if (end < 0) {
        return false;
      }
      afterProlog = afterProlog.substring(end + 1).strip();
    }
    return afterProlog.startsWith("<rss")
        || afterProlog.startsWith("<feed")
        || afterProlog.startsWith("<rdf:rdf");
  }

  /**
   * The head decoded for sniffing (UTF-16 when it has a BOM, else Latin-1, which maps every byte),
   * or {@code null} when it looks binary.
   */
  private static String headText(byte[] head, int length) {
    int b0 = head[0] & 0xff;
    int b1 = length > 1 ? head[1] & 0xff : -1;
    if (b0 == 0xfe && b1 == 0xff) {
      return new String(head, 2, length - 2, StandardCharsets.UTF_16BE);
    }
    if (b0 == 0xff && b1 == 0xfe) {
      return new String(head, 2, length - 2, StandardCharsets.UTF_16LE);
    }
    int start = length >= 3 && b0 == 0xef && b1 == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
    int control = 0;
    for (int i = start; i < length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return null;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20) || b == 0x7f) {
        control++;
      }
    }
    if (control * 20 > length - start) {
      return null;
    }
    return new String(head, start, length - start, StandardCharsets.ISO_8859_1);
  }
}
