package org.parallax.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.parallax.core.model.ContentType;
import org.parallax.core.model.Hints;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.core.model.RawDocument;
import org.parallax.ingest.input.DocumentReader;
import org.parallax.ingest.input.Limits;
import org.parallax.ingest.input.OpenedInput;
import org.parallax.ingest.input.ReaderSink;
import org.parallax.ingest.input.TextDecoder;

/** Reads the HTML pages of a WARC archive, one item per record. Thread-safe. */
public final class WarcFileReader implements DocumentReader {

  @Override
  public String name() {
    return "warc";
  }

  @Override
  public void read(OpenedInput input, ReaderSink out) {
    long record = 0;
    long offset = 0;
    try (WarcReader reader = new WarcReader(input.stream())) {
      reader.setLenient(true);
      while (true) {
        // a failure while reading a record's header belongs to the next record, one while reading
        // its body to the record itself
        offset = reader.position();
        record++;
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          return;
        }
        offset = next.get().position();
        handle(input.source(), record, next.get(), out);
      }
    } catch (IOException | RuntimeException e) {
      out.accept(
          Outcome.failed(
              new Problem(
                  input.source(),
                  Position.record(record, offset),
                  "ingest." + name(),
                  "truncated",
                  "The archive is broken or truncated in this record; the records before it were"
                      + " read ("
                      + e.getMessage()
                      + ").")));
    }
  }

  private void handle(String source, long record, WarcRecord rec, ReaderSink out)
      throws IOException {
    MediaType type;
    MessageBody body;
    int status = 200;
    if (rec instanceof WarcResponse resp) {
      if (!resp.contentType().base().equals(MediaType.HTTP)) {
        out.skipped("response " + resp.contentType().base());
        return;
      }
      HttpResponse http = resp.http();
      status = http.status();
      type = http.contentType();
      body = http.bodyDecoded();
    } else if (rec instanceof WarcResource res) {
      type = res.contentType();
      body = res.body();
    } else {
      out.skipped(rec.type());
      return;
    }
    String subtype = type.base().subtype().toLowerCase(Locale.ROOT);
    if (!subtype.equals("html") && !subtype.equals("xhtml+xml")) {
      out.skipped(type.base().toString());
      return;
    }
    Position pos = Position.record(record, rec.position());
    if (status < 200 || status >= 300) {
      out.skipped("HTTP " + status);
      return;
    }
    Optional<byte[]> bytes = readBody(body);
    if (bytes.isEmpty()) {
      out.accept(
          Outcome.failed(
              new Problem(
                  source,
                  pos,
                  "ingest." + name(),
                  "too-large",
                  "The page is larger than " + (Limits.MAX_ITEM_BYTES >> 20) + " MiB.")));
      return;
    }
    String charset = type.parameters().get("charset");
    String html = TextDecoder.decodeHtml(bytes.get(), charset);
    WarcTargetRecord target = (WarcTargetRecord) rec;
    Hints hints =
        new Hints(
            rec.id().toString(),
            target.target(),
            null,
            null,
            null,
            rec.date() == null ? null : rec.date().toString(),
            null,
            null,
            null);
    out.accept(Outcome.ok(new RawDocument(source, pos, name(), ContentType.HTML, html, hints)));
  }

  private static Optional<byte[]> readBody(MessageBody body) throws IOException {
    InputStream in = body.stream();
    return Limits.readAtMost(in, Limits.MAX_ITEM_BYTES);
  }
}
