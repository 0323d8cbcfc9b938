package org.parallax.ingest.htmlfile;

import java.io.IOException;
import java.util.Optional;
import org.parallax.core.model.ContentType;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Position;
import org.parallax.core.model.RawDocument;
import org.parallax.ingest.input.DocumentReader;
import org.parallax.ingest.input.Limits;
import org.parallax.ingest.input.OpenedInput;
import org.parallax.ingest.input.ReaderSink;
import org.parallax.ingest.input.TextDecoder;
import org.parallax.ingest.text.TextFileReader;

/** Reads a saved HTML page as one item. Thread-safe. */
public final class HtmlFileReader implements DocumentReader {

  @Override
  public String name() {
    return "html";
  }

  @Override
  public void read(OpenedInput input, ReaderSink out) {
    String stage = "ingest." + name();
    try {
      Optional<byte[]> bytes = Limits.readAtMost(input.stream(), Limits.MAX_ITEM_BYTES);
      if (bytes.isEmpty()) {
        out.accept(Outcome.failed(TextFileReader.tooLarge(input.source(), stage)));
        return;
      }
      String html = TextDecoder.decodeHtml(bytes.get(), null);
      out.accept(
          Outcome.ok(
              new RawDocument(
                  input.source(), Position.none(), name(), ContentType.HTML, html, null)));
    } catch (IOException e) {
      out.accept(Outcome.failed(TextFileReader.unreadable(input.source(), stage, e)));
    }
  }
}
