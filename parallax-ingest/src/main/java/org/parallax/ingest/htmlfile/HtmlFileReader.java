package org.parallax.ingest.htmlfile;

import org.parallax.core.model.ContentType;
import org.parallax.ingest.input.DocumentReader;
import org.parallax.ingest.input.OpenedInput;
import org.parallax.ingest.input.ReaderSink;
import org.parallax.ingest.input.TextDecoder;
import org.parallax.ingest.input.WholeFile;

/**
 * Reads a saved HTML page as one item; the charset comes from a BOM, the page's {@code <meta>} or
 * detection. Thread-safe.
 */
public final class HtmlFileReader implements DocumentReader {

  @Override
  public String name() {
    return "html";
  }

  @Override
  public void read(OpenedInput input, ReaderSink out) {
    WholeFile.read(
        input, out, name(), ContentType.HTML, bytes -> TextDecoder.decodeHtml(bytes, null));
  }
}
