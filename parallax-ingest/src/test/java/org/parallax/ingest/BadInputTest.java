package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Article;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.core.registry.SourceRegistry;

/**
 * Bad inputs, all in one directory and one run: each item ends as an article or a named reject
 * (source, line or record, reason), the run finishes, and nothing else is lost.
 */
class BadInputTest {

  @TempDir static Path dir;
  static CollectingSink sink;
  static IngestSummary summary;

  @BeforeAll
  static void ingestTheLot() throws IOException {
    Files.write(dir.resolve("a-empty.txt"), new byte[0]);
    byte[] noise = new byte[50_000];
    new Random(42).nextBytes(noise);
    Files.write(dir.resolve("b-random.html"), noise);
    String latin =
        "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 culture</title></head>"
            + Fixtures.page("Caf\u00e9 culture", "the caf\u00e9 in Z\u00fcrich", 4).substring(60);
    Files.write(dir.resolve("c-latin1.html"), latin.getBytes(StandardCharsets.ISO_8859_1));
    byte[] utf16 =
        ("Zürich council votes on the new tram line\n\nThe council of Zürich voted on Monday to"
                + " build the new tram line across the lake, after a debate that lasted all"
                + " night.\n\nOpponents said the line would cost too much.\n")
            .getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xff;
    withBom[1] = (byte) 0xfe;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    Files.write(dir.resolve("d-utf16.txt"), withBom);
    Files.writeString(
        dir.resolve("e-lines.jsonl"),
        String.join(
            "\n",
            "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"title\":\"First\",\"text\":\"The"
                + " first article has a body that is long enough to keep.\"}",
            "{\"id\":\"a2\",\"url\":\"https://example.org/a2\",\"title\":\"Broken",
            "{\"id\":\"a3\",\"url\":\"https://example.org/a3\",\"title\":\"No text\"}",
            "{\"id\":\"a4\",\"url\":\"https://example.org/a4\",\"title\":\"Fourth\",\"html\":\"<p>The"
                + " fourth article comes as HTML and has a body long enough to keep.</p>\"}",
            ""),
        StandardCharsets.UTF_8);
    Path warc = dir.resolve("full.warc.gz");
    long lastRecord =
        Fixtures.warcGz(
            warc,
            Fixtures.page("One", "the harbour", 5),
            Fixtures.page("Two", "the bridge", 5),
            Fixtures.page("Three", "the station", 400));
    byte[] whole = Files.readAllBytes(warc);
    Files.write(
        dir.resolve("f-truncated.warc.gz"),
        Arrays.copyOf(whole, (int) (lastRecord + whole.length) / 2));
    Files.delete(warc);
    Files.writeString(
        dir.resolve("g-broken.xml"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title><item><title>A",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("h-big.html"), bigPage(30 << 20), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("i-deep.html"), deepPage(100_000), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("j-binary.txt"), "\u0000\u0001\u0002 text?", StandardCharsets.UTF_8);
    sink = new CollectingSink();
    summary = Ingestor.create(SourceRegistry.defaults()).ingest(List.of(dir.toString()), sink);
  }

  private static String bigPage(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 1000);
    sb.append("<html><head><title>A very long page</title></head><body><article>");
    int i = 0;
    while (sb.length() < bytes) {
      sb.append("<p>Paragraph ")
          .append(++i)
          .append(
              " of the very long page repeats a sentence about the weather in the hills.</p>\n");
    }
    return sb.append("</article></body></html>").toString();
  }

  private static String deepPage(int depth) {
    StringBuilder sb = new StringBuilder(depth * 11 + 500);
    sb.append("<html><head><title>Deep</title></head><body>");
    sb.append("<div>".repeat(depth));
    sb.append(
        "<p>This paragraph sits at the bottom of a very deep tree of elements and is the text.</p>");
    sb.append("<p>A second paragraph makes sure there is a body to find down there as well.</p>");
    sb.append("</div>".repeat(depth));
    return sb.append("</body></html>").toString();
  }

  @Test
  void everyItemIsAnArticleOrAReject() {
    assertEquals(summary.items(), summary.articles() + summary.rejects());
    assertEquals(sink.articles.size(), summary.articles());
    assertEquals(sink.problems.size(), summary.rejects());
    assertEquals(10, summary.inputs(), "every file was opened");
    for (Problem p : sink.problems) {
      assertTrue(p.source().startsWith(dir.toString()), p.describe());
      assertTrue(p.reason().length() > 10, p.describe());
    }
  }

  @Test
  void emptyAndBinaryFilesAreNamedRejects() {
    assertEquals(List.of("empty"), codes("a-empty.txt"));
    assertEquals(List.of("binary"), codes("b-random.html"));
    assertEquals(List.of("binary"), codes("j-binary.txt"));
  }

  @Test
  void latin1PageIsDecodedByItsMetaCharset() {
    Article a = only("c-latin1.html");
    assertTrue(a.text().contains("caf\u00e9 in Z\u00fcrich"), a.text());
  }

  @Test
  void utf16FileWithBomIsDecoded() {
    Article a = only("d-utf16.txt");
    assertEquals("Zürich council votes on the new tram line", a.title());
    assertTrue(a.text().startsWith("The council of Zürich voted"), a.text());
  }

  @Test
  void jsonLinesKeepGoodLinesAndNameTheBadOnes() {
    List<Article> articles = sink.from("e-lines.jsonl");
    assertEquals(List.of("a1", "a4"), articles.stream().map(Article::sourceId).toList());
    assertTrue(articles.get(0).source().endsWith("e-lines.jsonl#line1"), articles.get(0).source());
    List<Problem> problems = sink.problemsFrom("e-lines.jsonl");
    assertEquals(List.of("bad-json", "no-text"), problems.stream().map(Problem::code).toList());
    assertEquals(Position.line(2), problems.get(0).position());
    assertEquals(Position.line(3), problems.get(1).position());
  }

  @Test
  void truncatedWarcKeepsTheRecordsBeforeTheBreak() {
    List<Article> articles = sink.from("f-truncated.warc.gz");
    assertEquals(
        List.of("https://example.org/news/1", "https://example.org/news/2"),
        articles.stream().map(Article::url).toList());
    List<Problem> problems = sink.problemsFrom("f-truncated.warc.gz");
    assertEquals(1, problems.size());
    assertEquals("truncated", problems.get(0).code());
    assertEquals(4L, problems.get(0).position().record(), "records 1-3 read, 4 is broken");
    assertEquals(1, summary.skipped(), "the image response is skipped, not rejected");
  }

  @Test
  void brokenFeedIsOneNamedReject() {
    assertEquals(List.of("bad-feed"), codes("g-broken.xml"));
  }

  @Test
  void thirtyMegabytePageBecomesAnArticle() {
    Article a = only("h-big.html");
    assertTrue(a.paragraphs().size() > 100_000, "paragraphs: " + a.paragraphs().size());
  }

  @Test
  void deepPageEndsAsArticleOrRejectWithoutOverflow() {
    List<Article> articles = sink.from("i-deep.html");
    List<Problem> problems = sink.problemsFrom("i-deep.html");
    assertEquals(1, articles.size() + problems.size());
    if (!articles.isEmpty()) {
      assertTrue(articles.get(0).text().contains("bottom of a very deep tree"));
    } else {
      assertTrue(problems.get(0).reason().length() > 10);
    }
  }

  private static List<String> codes(String file) {
    assertTrue(sink.from(file).isEmpty(), file + " gave an article");
    return sink.problemsFrom(file).stream().map(Problem::code).toList();
  }

  private static Article only(String file) {
    assertTrue(sink.problemsFrom(file).isEmpty(), () -> file + ": " + sink.problemsFrom(file));
    List<Article> a = sink.from(file);
    assertEquals(1, a.size(), file);
    return a.get(0);
  }
}
