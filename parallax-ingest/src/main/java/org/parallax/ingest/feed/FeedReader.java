package org.parallax.ingest.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.parallax.core.model.ContentType;
import org.parallax.core.model.Hints;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.core.model.RawDocument;
import org.parallax.ingest.input.DocumentReader;
import org.parallax.ingest.input.OpenedInput;
import org.parallax.ingest.input.ReaderSink;

/** Reads an RSS or Atom feed, one item per entry. Thread-safe. */
public final class FeedReader implements DocumentReader {

  @Override
  public String name() {
    return "feed";
  }

  @Override
  public void read(OpenedInput input, ReaderSink out) {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(input.stream(), true)) {
      SyndFeedInput parser = new SyndFeedInput();
      parser.setXmlHealerOn(true);
      feed = parser.build(xml);
    } catch (FeedException | IOException | RuntimeException e) {
      out.accept(
          Outcome.failed(
              problem(
                  input.source(),
                  Position.none(),
                  "bad-feed",
                  "The file looks like a feed but could not be parsed (" + e.getMessage() + ").")));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      out.accept(
          Outcome.failed(
              problem(input.source(), Position.none(), "no-items", "The feed has no items.")));
      return;
    }
    String publisher = blankToNull(feed.getTitle());
    String language = blankToNull(feed.getLanguage());
    for (int i = 0; i < entries.size(); i++) {
      out.accept(item(input.source(), i + 1, entries.get(i), publisher, language));
    }
  }

  private Outcome<RawDocument> item(
      String source, long record, SyndEntry e, String publisher, String language) {
    String content = content(e);
    String description =
        e.getDescription() == null ? null : blankToNull(e.getDescription().getValue());
    String body = content != null ? content : description;
    Position pos = Position.record(record);
    if (body == null) {
      return Outcome.failed(
          problem(source, pos, "no-text", "The feed item has neither content nor a description."));
    }
    Hints hints =
        new Hints(
            blankToNull(e.getUri()),
            blankToNull(e.getLink()),
            blankToNull(e.getTitle()),
            content != null ? description : null,
            authors(e),
            iso(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
            language == null ? null : language.toLowerCase(Locale.ROOT),
            publisher,
            section(e));
    // plain-text content (an Atom text construct, a bare description) keeps its line breaks
    ContentType type = body.indexOf('<') < 0 ? ContentType.TEXT : ContentType.HTML;
    return Outcome.ok(new RawDocument(source, pos, name(), type, body, hints));
  }

  private static String content(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        sb.append(c.getValue()).append('\n');
      }
    }
    return sb.isEmpty() ? null : sb.toString();
  }

  private static List<String> authors(SyndEntry e) {
    List<String> out = new ArrayList<>();
    for (SyndPerson p : e.getAuthors()) {
      if (p.getName() != null && !p.getName().isBlank()) {
        out.add(p.getName().strip());
      }
    }
    if (out.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
      out.add(e.getAuthor().strip());
    }
    return out;
  }

  private static String section(SyndEntry e) {
    for (SyndCategory c : e.getCategories()) {
      if (c.getName() != null && !c.getName().isBlank()) {
        return c.getName().strip();
      }
    }
    return null;
  }

  private static String iso(Date d) {
    return d == null ? null : d.toInstant().toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private Problem problem(String source, Position pos, String code, String reason) {
    return new Problem(source, pos, "ingest." + name(), code, reason);
  }
}
