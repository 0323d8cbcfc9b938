package org.parallax.ingest.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

  private static InputFormat sniff(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return FormatSniffer.sniff(b, b.length);
  }

  @Test
  void recognisesEachFormatByContent() {
    assertEquals(InputFormat.WARC, sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n"));
    assertEquals(
        InputFormat.FEED, sniff("<?xml version=\"1.0\"?>\n<!-- hi -->\n<rss version=\"2.0\">"));
    assertEquals(InputFormat.FEED, sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assertEquals(InputFormat.FEED, sniff("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">"));
    assertEquals(InputFormat.HTML, sniff("\n  <!DOCTYPE html><html><body>"));
    assertEquals(InputFormat.HTML, sniff("<?xml version=\"1.0\"?><html xmlns=\"x\">"));
    assertEquals(InputFormat.JSONL, sniff("{\"url\": \"x\"}\n{\"url\": \"y\"}"));
    assertEquals(InputFormat.TEXT, sniff("# A title\n\nSome text."));
    assertEquals(InputFormat.EMPTY, sniff(" \n\t"));
    assertEquals(InputFormat.EMPTY, FormatSniffer.sniff(new byte[0], 0));
  }

  @Test
  void nulBytesOrControlCharactersAreBinary() {
    assertEquals(InputFormat.BINARY, sniff("PK\u0003\u0004\u0000\u0000zip"));
    byte[] control = new byte[100];
    java.util.Arrays.fill(control, (byte) 0x01);
    assertEquals(InputFormat.BINARY, FormatSniffer.sniff(control, control.length));
  }

  @Test
  void utf16WithBomIsReadAsText() {
    byte[] body = "<html><p>x</p>".getBytes(StandardCharsets.UTF_16LE);
    byte[] b = new byte[body.length + 2];
    b[0] = (byte) 0xff;
    b[1] = (byte) 0xfe;
    System.arraycopy(body, 0, b, 2, body.length);
    assertEquals(InputFormat.HTML, FormatSniffer.sniff(b, b.length));
  }

  @Test
  void charsetsComeFromBomThenDeclarationThenUtf8ThenWindows1252() {
    assertEquals("café", TextDecoder.decode("café".getBytes(StandardCharsets.UTF_8)));
    assertEquals("café", TextDecoder.decode("café".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("“q”", TextDecoder.decode(new byte[] {(byte) 0x93, 'q', (byte) 0x94}));
    byte[] page = "<meta charset=\"iso-8859-1\"><p>é".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("<meta charset=\"iso-8859-1\"><p>é", TextDecoder.decodeHtml(page, null));
    byte[] utf8Page = "<p>é".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "<p>Ã©", TextDecoder.decodeHtml(utf8Page, "iso-8859-1"), "a declared charset wins");
    assertEquals("<p>é", TextDecoder.decodeHtml(utf8Page, "no-such-charset"));
  }
}
