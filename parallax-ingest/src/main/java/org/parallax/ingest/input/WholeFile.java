package org.parallax.ingest.input;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.parallax.core.model.ContentType;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.core.model.RawDocument;

/**
 * Reads a whole input as one item, for the formats where a file is one article (text dumps, saved
 * pages): at most {@link Limits#MAX_ITEM_BYTES}, decoded by the format's own rule.
 */
public final class WholeFile {

  private WholeFile() {}

  /**
   * Reads {@code input} to its end and passes one document, or one problem (too large, unreadable),
   * to {@code out}.
   *
   * @param reader the reader's name ({@link DocumentReader#name()}); the stage is {@code
   *     ingest.<reader>}
   * @param type what the decoded content is
   * @param decode bytes to text (charset detection is the format's business)
   */
  public static void read(
      OpenedInput input,
      ReaderSink out,
      String reader,
      ContentType type,
      Function<byte[], String> decode) {
    String stage = "ingest." + reader;
    try {
      Optional<byte[]> bytes = Limits.readAtMost(input.stream(), Limits.MAX_ITEM_BYTES);
      if (bytes.isEmpty()) {
        out.accept(Outcome.failed(tooLarge(input.source(), stage)));
        return;
      }
      String content = decode.apply(bytes.get());
      out.accept(
          Outcome.ok(
              new RawDocument(input.source(), Position.none(), reader, type, content, null)));
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
