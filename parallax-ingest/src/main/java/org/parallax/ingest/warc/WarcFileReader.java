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

  /** A record's HTTP payload: its media type, body and status (200 for a resource record). */
  private record Payload(MediaType type, MessageBody body, int status) {}

  private void handle(String source, long record, WarcRecord rec, ReaderSink out)
      throws IOException {
    Optional<Payload> payload = payload(rec, out);
    if (payload.isEmpty()) {
      return;
    }
    MediaType type = payload.get().type();
    String subtype = type.base().subtype().toLowerCase(Locale.ROOT);
    if (!subtype.equals("html") && !subtype.equals("xhtml+xml")) {
      out.skipped(type.base().toString());
      return;
    }
    Position pos = Position.record(record, rec.position());
    int status = payload.get().status();
    if (status < 200 || status >= 300) {
      out.skipped("HTTP " + status);
      return;
    }
    Optional<byte[]> bytes = readBody(payload.get().body());
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
    out.accept(Outcome.ok(document(source, pos, rec, type, bytes.get())));
  }

  /**
   * The payload of a response or resource record; empty, and counted as skipped, for any other
   * record and for a response that is not HTTP.
   */
  private static Optional<Payload> payload(WarcRecord rec, ReaderSink out) throws IOException {
    if (rec instanceof WarcResponse resp) {
      if (!resp.contentType().base().equals(MediaType.HTTP)) {
        out.skipped("response " + resp.contentType().base());
        return Optional.empty();
      }
      HttpResponse http = resp.http();
      int status = http.status();
      MediaType type = http.contentType();
      return Optional.of(new Payload(type, http.bodyDecoded(), status));
    }
    if (rec instanceof WarcResource res) {
      return Optional.of(new Payload(res.contentType(), res.body(), 200));
    }
    out.skipped(rec.type());
    return Optional.empty();
  }

  /** The page decoded with the charset its content type names, with the record's id, URI, date. */
  private RawDocument document(
      String source, Position pos, WarcRecord rec, MediaType type, byte[] bytes) {
    String html = TextDecoder.decodeHtml(bytes, type.parameters().get("charset"));
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
    return new RawDocument(source, pos, name(), ContentType.HTML, html, hints);
  }

  private static Optional<byte[]> readBody(MessageBody body) throws IOException {
    InputStream in = body.stream();
    return Limits.readAtMost(in, Limits.MAX_ITEM_BYTES);
  }
}
