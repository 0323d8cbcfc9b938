package org.parallax.ingest.text;

import java.io.IOException;
import java.util.Optional;
import org.parallax.core.model.ContentType;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.core.model.RawDocument;
import org.parallax.ingest.input.DocumentReader;
import org.parallax.ingest.input.Limits;
import org.parallax.ingest.input.OpenedInput;
import org.parallax.ingest.input.ReaderSink;
import org.parallax.ingest.input.TextDecoder;

/** Reads a text or Markdown file as one item. Thread-safe. */
public final class TextFileReader implements DocumentReader {

  @Override
  public String name() {
    return "text";
  }

  @Override
  public void read(OpenedInput input, ReaderSink out) {
    String stage = "ingest." + name();
    try {
      Optional<byte[]> bytes = Limits.readAtMost(input.stream(), Limits.MAX_ITEM_BYTES);
      if (bytes.isEmpty()) {
        out.accept(Outcome.failed(tooLarge(input.source(), stage)));
        return;
      }
      String text = TextDecoder.decode(bytes.get());
      out.accept(
          Outcome.ok(
              new RawDocument(
                  input.source(), Position.none(), name(), ContentType.TEXT, text, null)));
    } catch (IOException e) {
      out.accept(Outcome.failed(unreadable(input.source(), stage, e)));
    }
  }

  /** The problem for an item over {@link Limits#MAX_ITEM_BYTES}. */
  public static Problem tooLarge(String source, String stage) {
    return new Problem(
        source,
        Position.none(),
        stage,
        "too-large",
        "The file is larger than "
            + (Limits.MAX_ITEM_BYTES >> 20)
            + " MiB, the limit for one item.");
  }

  /** The problem for an input that failed part-way. */
  public static Problem unreadable(String source, String stage, IOException e) {
    return new Problem(
        source,
        Position.none(),
        stage,
        "unreadable",
        "The file could not be read to its end (" + e.getMessage() + ").");
  }
}
