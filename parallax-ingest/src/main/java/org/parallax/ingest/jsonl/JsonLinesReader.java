package org.parallax.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parallax.core.json.Json;
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

/** Reads JSON Lines, one item per non-blank line. Thread-safe. */
public final class JsonLinesReader implements DocumentReader {

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public void read(OpenedInput input, ReaderSink out) {
    BufferedInputStream in = new BufferedInputStream(input.stream());
    try {
      if (startsWithBracket(in)) {
        new JsonArrays(this).read(input.source(), in, out);
        return;
      }
    } catch (IOException e) {
      out.accept(
          Outcome.failed(
              problem(
                  input.source(),
                  1,
                  "truncated",
                  "The input could not be read (" + e.getMessage() + ").")));
      return;
    }
    lines(input.source(), in, out);
  }

  /** Reads {@code in} as UTF-8 lines (bad bytes replaced), one item per non-blank line. */
  private void lines(String source, BufferedInputStream in, ReaderSink out) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    long lineNo = 0;
    try (Reader r = new InputStreamReader(in, decoder)) {
      BoundedLines lines = new BoundedLines(r, Limits.MAX_ITEM_BYTES / 2);
      String line;
      while ((line = lines.next()) != null) {
        lineNo++;
        line(source, lineNo, line, out);
      }
    } catch (IOException e) {
      out.accept(
          Outcome.failed(
              problem(
                  source,
                  lineNo + 1,
                  "truncated",
                  "The input ended in a broken way after line "
                      + lineNo
                      + " ("
                      + e.getMessage()
                      + ").")));
    }
  }

  /** One line: an item, nothing when blank, or a problem when it was cut at the length limit. */
  private void line(String source, long lineNo, String line, ReaderSink out) {
    if (line == BoundedLines.TOO_LONG) {
      out.accept(
          Outcome.failed(
              problem(
                  source,
                  lineNo,
                  "too-large",
                  "The line is longer than the limit of "
                      + (Limits.MAX_ITEM_BYTES >> 21)
                      + " million characters for one item.")));
      return;
    }
    String text = lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    if (!text.isBlank()) {
      out.accept(item(source, lineNo, text));
    }
  }

  private static boolean startsWithBracket(BufferedInputStream in) throws IOException {
    in.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int b = in.read();
        if (b < 0 || b == '{') {
          return false;
        }
        if (b == '[') {
          return true;
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  /** Parses one line into an item or a problem. */
  Outcome<RawDocument> item(String source, long lineNo, String line) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return Outcome.failed(
          problem(
              source,
              lineNo,
              "bad-json",
              "The line is not valid JSON: " + e.getOriginalMessage() + "."));
    }
    return fromNode(source, Position.line(lineNo), node);
  }

  /** One JSON value (a line, an array element) as an item or a problem. */
  Outcome<RawDocument> fromNode(String source, Position pos, JsonNode node) {
    if (node == null || !node.isObject()) {
      return Outcome.failed(
          problem(source, pos, "bad-json", "The item is JSON but not an object."));
    }
    String text = string(node, "text");
    String html = string(node, "html");
    boolean hasText = text != null && !text.isBlank();
    if (!hasText && (html == null || html.isBlank())) {
      return Outcome.failed(
          problem(
              source,
              pos,
              "no-text",
              "The object has neither a \"text\" nor an \"html\" field with content."));
    }
    Hints hints =
        new Hints(
            string(node, "id"),
            first(string(node, "url"), string(node, "link")),
            string(node, "title"),
            first(string(node, "subtitle"), string(node, "description")),
            authors(node),
            first(string(node, "published"), string(node, "date")),
            first(string(node, "lang"), string(node, "language")),
            first(string(node, "source"), string(node, "publisher")),
            string(node, "section"));
    ContentType type = hasText ? ContentType.TEXT : ContentType.HTML;
    return Outcome.ok(new RawDocument(source, pos, name(), type, hasText ? text : html, hints));
  }

  private Problem problem(String source, long lineNo, String code, String reason) {
    return problem(source, Position.line(lineNo), code, reason);
  }

  private Problem problem(String source, Position pos, String code, String reason) {
    return new Problem(source, pos, "ingest." + name(), code, reason);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s;
  }

  private static List<String> authors(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (String field : List.of("authors", "author")) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isArray()) {
        v.forEach(a -> addAuthor(out, a));
      } else {
        addAuthor(out, v);
      }
    }
    return out;
  }

  private static void addAuthor(List<String> out, JsonNode a) {
    JsonNode name = a.isObject() ? a.get("name") : a;
    if (name != null && name.isValueNode() && !name.asText().isBlank()) {
      out.add(name.asText().strip());
    }
  }
}
