package org.parallax.ingest.text;

import org.parallax.core.model.ContentType;
import org.parallax.ingest.input.DocumentReader;
import org.parallax.ingest.input.OpenedInput;
import org.parallax.ingest.input.ReaderSink;
import org.parallax.ingest.input.TextDecoder;
import org.parallax.ingest.input.WholeFile;

/** Reads a text or Markdown file as one item. Thread-safe. */
public final class TextFileReader implements DocumentReader {

  @Override
  public String name() {
    return "text";
  }

  @Override
  public void read(OpenedInput input, ReaderSink out) {
    WholeFile.read(input, out, name(), ContentType.TEXT, TextDecoder::decode);
  }
}
