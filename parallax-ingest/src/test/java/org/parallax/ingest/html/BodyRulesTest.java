package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body rules added after error analysis on the extraction benchmarks. */
class BodyRulesTest {

  private final HtmlExtractor extractor = HtmlExtractor.create();

  private static String fixture(String name) {
    try (InputStream in = BodyRulesTest.class.getResourceAsStream("/html/body/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> paragraphs(String name) {
    return extractor.extract(fixture(name), "https://example.org/a").paragraphs();
  }

  @Test
  void streamedSuspenseBoundaryIsReadButHiddenModalIsNot() {
    List<String> p = paragraphs("streamed-suspense.html");
    assertEquals(3, p.size());
    assertTrue(p.get(0).startsWith("The river authority opened"));
    assertTrue(p.stream().noneMatch(s -> s.contains("reading list")));
  }

  @Test
  void furnitureClassHoldingProseIsKeptButCommentsAreNot() {
    List<String> p = paragraphs("unlikely-wrapper.html");
    assertEquals(3, p.size());
    assertTrue(p.get(2).startsWith("Residents who lost homes"));
    assertTrue(p.stream().noneMatch(s -> s.contains("council should have")));
    assertTrue(p.stream().noneMatch(s -> s.contains("Buy two")));
  }

  @Test
  void tableRowsBecomeOneParagraphEach() {
    List<String> p = paragraphs("table-article.html");
    assertTrue(p.contains("Mindestlagerzeit Rotwein | 24 Monate | 36 Monate"), p.toString());
    assertTrue(p.contains("Crianza | Reserva"), p.toString());
    assertTrue(p.get(p.size() - 1).startsWith("Gran-Reserva-Weine"));
  }

  @Test
  void rubyReadingsAreDroppedAndShortTrailingLinesCut() {
    List<String> p = paragraphs("ruby-and-tail.html");
    assertEquals("子どもを守る法律ができました。", p.get(0));
    assertEquals("Thanks for reading.", p.get(p.size() - 1));
    assertFalse(
        p.stream().anyMatch(s -> s.startsWith("Latest articles") || s.startsWith("Contact")));
  }

  @Test
  void disclosuresCreditsAndClosingCallsToActionAreNotBody() {
    Page page = extractor.extract(fixture("notices.html"), "https://example.org/a");
    List<String> p = page.paragraphs();
    assertEquals(3, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("Der Preis für ein Barrel"));
    assertTrue(p.get(2).startsWith("Ökonomen warnen"));
    assertEquals(
        List.of("Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com"), page.captions());
  }

  @Test
  void labelOverOtherArticlesEndsTheBody() {
    Page page = extractor.extract(fixture("more-label.html"), "https://example.org/a");
    assertEquals(3, page.paragraphs().size(), page.paragraphs().toString());
    assertTrue(page.headings().isEmpty(), page.headings().toString());
  }

  @Test
  void shortExtractionFallsBackToEveryProseBlock() {
    List<String> p = paragraphs("scattered.html");
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.get(1).startsWith("Engineers said"));
  }

  @Test
  void bodySplitOverSeparateLayoutBlocksIsKeptWhole() {
    List<String> p = paragraphs("split-blocks.html");
    assertEquals(4, p.size(), p.toString());
    assertTrue(p.get(3).startsWith("Finally, choose a pattern"));
  }
}
