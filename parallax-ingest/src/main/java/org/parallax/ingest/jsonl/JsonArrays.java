package org.parallax.ingest.jsonl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.parallax.core.json.Json;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.ingest.input.ReaderSink;

/**
 * Reads a JSON file that holds one array of article objects, element by element (streaming, so a
 * big array is never held whole). Positions are element numbers. A syntax error ends the array with
 * one problem at the element where it happened. Not thread-safe; one per read.
 */
final class JsonArrays {

  private final JsonLinesReader objects;

  JsonArrays(JsonLinesReader objects) {
    this.objects = objects;
  }

  void read(String source, InputStream in, ReaderSink out) {
    long record = 0;
    try (JsonParser p = Json.mapper().getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        out.accept(Outcome.failed(problem(source, 1, "bad-json", "The file is not a JSON array.")));
        return;
      }
      while (true) {
        JsonToken t = p.nextToken();
        if (t == null || t == JsonToken.END_ARRAY) {
          return;
        }
        record++;
        JsonNode node = Json.mapper().readTree(p);
        out.accept(objects.fromNode(source, Position.record(record), node));
      }
    } catch (JsonProcessingException e) {
      out.accept(
          Outcome.failed(
              problem(
                  source,
                  Math.max(1, record),
                  "bad-json",
                  "The JSON array is broken here; the elements before it were read ("
                      + e.getOriginalMessage()
                      + ").")));
    } catch (IOException e) {
      out.accept(
          Outcome.failed(
              problem(
                  source,
                  Math.max(1, record),
                  "truncated",
                  "The input could not be read to its end (" + e.getMessage() + ").")));
    }
  }

  private static Problem problem(String source, long record, String code, String reason) {
    return new Problem(source, Position.record(record), "ingest.jsonl", code, reason);
  }
}
