package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Article;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.core.registry.SourceRegistry;

/** Feeds, gzip, streams, duplicates and output order through the whole {@link Ingestor}. */
class IngestorTest {

  private static final String SEED = "004_15ecbd5b46e51b69.txt";

  @TempDir Path dir;

  private final Ingestor ingestor = Ingestor.create(SourceRegistry.defaults());

  private static byte[] seed() throws IOException {
    try (InputStream in = IngestorTest.class.getResourceAsStream("/seeds/" + SEED)) {
      return in.readAllBytes();
    }
  }

  @Test
  void feedItemsBecomeArticlesWithTheirMetadata() throws IOException {
    Files.writeString(
        dir.resolve("news.rss"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
            + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Example</title>"
            + "<language>en-gb</language>"
            + "<item><title>Tram line approved</title><link>https://www.bbc.co.uk/news/x1</link>"
            + "<guid>x1</guid><pubDate>Tue, 04 May 2021 10:15:00 GMT</pubDate>"
            + "<dc:creator>Jane Doe</dc:creator><description>Short summary.</description>"
            + "<content:encoded><![CDATA[<p>The council approved the tram line on Tuesday after a"
            + " long debate.</p><p>Work starts next year.</p>]]></content:encoded></item>"
            + "<item><title>Empty</title><link>https://www.bbc.co.uk/news/x2</link></item>"
            + "</channel></rss>",
        StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    IngestSummary s = ingestor.ingest(List.of(dir.toString()), sink);
    assertEquals(2, s.items());
    Article a = sink.articles.get(0);
    assertEquals("Tram line approved", a.title());
    assertEquals("Short summary.", a.subtitle());
    assertEquals(List.of("Jane Doe"), a.authors());
    assertEquals("2021-05-04T10:15:00Z", a.published());
    assertEquals("x1", a.sourceId());
    assertEquals("BBC", a.publisher());
    assertEquals("en", a.language());
    assertEquals(2, a.paragraphs().size());
    Problem p = sink.problems.get(0);
    assertEquals("no-text", p.code());
    assertEquals(Position.record(2), p.position());
  }

  @Test
  void atomTextEntriesKeepTheirParagraphs() throws IOException {
    Files.writeString(
        dir.resolve("feed.atom"),
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>Wire</title><id>urn:w</id><updated>2021-05-04T00:00:00Z</updated>"
            + "<entry><title>Talks stall</title><id>urn:w:1</id>"
            + "<link href=\"https://apnews.com/article/talks\"/>"
            + "<updated>2021-05-04T09:00:00Z</updated><author><name>Kim Tong-hyung</name></author>"
            + "<content type=\"text\">Talks between the two sides stalled on Tuesday, officials"
            + " said.\n\nNo new date was set for another round.</content></entry></feed>",
        StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    ingestor.ingest(List.of(dir.toString()), sink);
    Article a = sink.articles.get(0);
    assertEquals("Talks stall", a.title());
    assertEquals("Associated Press", a.publisher());
    assertEquals(List.of("Kim Tong-hyung"), a.authors());
    assertEquals("2021-05-04T09:00:00Z", a.published());
    assertEquals(
        List.of(
            "Talks between the two sides stalled on Tuesday, officials said.",
            "No new date was set for another round."),
        a.paragraphs());
  }

  @Test
  void gzippedTextGivesTheSameArticleAsPlainText() throws IOException {
    Files.write(dir.resolve("a.txt"), seed());
    Fixtures.gzip(dir.resolve("b.dat"), seed());
    CollectingSink sink = new CollectingSink();
    IngestSummary s = ingestor.ingest(List.of(dir.toString()), sink);
    assertEquals(1, s.articles());
    Problem dup = sink.problems.get(0);
    assertEquals("duplicate", dup.code());
    assertTrue(dup.source().endsWith("b.dat"), dup.source());
    assertTrue(dup.reason().contains(sink.articles.get(0).id()), dup.reason());
  }

  @Test
  void aPostedJsonLinesStreamIsReadInOrder() {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      body.append("{\"url\":\"https://example.org/n/")
          .append(i)
          .append("\",\"text\":\"Item ")
          .append(i)
          .append(" has a body of its own that says something about number ")
          .append(i)
          .append(".\"}\n");
    }
    CollectingSink sink = new CollectingSink();
    IngestSummary s =
        ingestor.ingest(
            new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
            "post",
            sink);
    assertEquals(200, s.articles());
    for (int i = 0; i < 200; i++) {
      Article a = sink.articles.get(i);
      assertEquals("post#line" + (i + 1), a.source());
      assertEquals("https://example.org/n/" + (i + 1), a.url());
    }
    assertTrue(sink.progress.size() >= 1);
  }

  @Test
  void aJsonArrayIsReadElementByElementUpToABreak() throws IOException {
    Files.writeString(
        dir.resolve("items.json"),
        "[\n  {\"url\": \"https://example.org/1\", \"text\": \"The first item says enough.\"},\n"
            + "  {\"url\": \"https://example.org/2\"},\n"
            + "  {\"url\": \"https://example.org/3\", \"text\": \"The third item says enough.\"},\n"
            + "  {\"url\": oops}\n]",
        StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    IngestSummary s = ingestor.ingest(List.of(dir.toString()), sink);
    assertEquals(4, s.items());
    assertEquals(
        List.of("https://example.org/1", "https://example.org/3"),
        sink.articles.stream().map(Article::url).toList());
    assertEquals(
        List.of("no-text", "bad-json"), sink.problems.stream().map(Problem::code).toList());
    assertEquals(Position.record(2), sink.problems.get(0).position());
    assertEquals(Position.record(4), sink.problems.get(1).position());
  }

  @Test
  void warcHttpHeaderCharsetDecodesAPageWithoutMeta() throws IOException {
    String page = Fixtures.page("Caf\u00e9 owners protest", "the caf\u00e9s of M\u00fcnster", 4);
    try (org.netpreserve.jwarc.WarcWriter w =
        new org.netpreserve.jwarc.WarcWriter(Files.newOutputStream(dir.resolve("page.warc")))) {
      w.write(
          Fixtures.response(
              "https://example.org/2021/05/04/cafes",
              "text/html; charset=iso-8859-1",
              page.getBytes(StandardCharsets.ISO_8859_1)));
    }
    CollectingSink sink = new CollectingSink();
    ingestor.ingest(List.of(dir.toString()), sink);
    Article a = sink.articles.get(0);
    assertTrue(a.text().contains("caf\u00e9s of M\u00fcnster"), a.text());
    assertEquals("2021-05-04", a.published(), "the URL's date wins over the crawl date");
    assertTrue(a.source().endsWith("page.warc#record1,offset0"), a.source());
  }

  @Test
  void missingInputIsARejectAndNothingElse() {
    CollectingSink sink = new CollectingSink();
    IngestSummary s = ingestor.ingest(List.of(dir.resolve("nope").toString()), sink);
    assertTrue(s.nothingRead());
    assertEquals("not-found", sink.problems.get(0).code());
  }
}
