package org.parallax.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.ingest.meta.Content;

class TextDumpCleanerTest {

  private final TextDumpCleaner cleaner = new TextDumpCleaner(SourceRegistry.defaults());

  @Test
  void markdownIsReducedToText() {
    Content c =
        cleaner.clean(
            "# A **bold** title\n\nBy Jane Doe and John Roe\n\n![a chart](chart.png)\n\n"
                + "The [minister](https://example.org/m) said on *Monday* that the `plan` would"
                + " go ahead, whatever the __opposition__ thought of it.\n\n"
                + "A second paragraph ends the piece with a full sentence.",
            null);
    assertEquals("A bold title", c.title());
    assertEquals(List.of("Jane Doe", "John Roe"), c.authors());
    assertEquals(
        List.of(
            "The minister said on Monday that the plan would go ahead, whatever the opposition"
                + " thought of it.",
            "A second paragraph ends the piece with a full sentence."),
        c.paragraphs());
  }

  @Test
  void pageBreaksAreRejoinedButNotAcrossSentences() {
    Content c =
        cleaner.clean(
            "Council approves the new tram line\n\nThe first paragraph was cut by the page\n\nbreak in the middle of it.\n\n"
                + "It ends here.\n\nlower case after a full stop stays apart.",
            null);
    assertEquals(
        List.of(
            "The first paragraph was cut by the page break in the middle of it.",
            "It ends here.",
            "lower case after a full stop stays apart."),
        c.paragraphs());
  }

  @Test
  void headingsCaptionsAndBoilerplateAreSeparated() {
    Content c =
        cleaner.clean(
            "Council approves the new tram line\n\nBy Jane Doe\n\nThe opening paragraph says what happened and ends properly.\n\n"
                + "What comes next\n\n"
                + "A crowd outside the court. Photo: Reuters\n\n"
                + "The closing paragraph adds a detail and ends properly.\n\n"
                + "Share this article\n\nSign up for our newsletter\n\n© 2021 Example News",
            null);
    assertEquals(List.of("What comes next"), c.headings());
    assertEquals(List.of("A crowd outside the court. Photo: Reuters"), c.captions());
    assertEquals(2, c.paragraphs().size());
  }

  @Test
  void knownTitleIsDroppedFromTheTextAndNoLineIsGuessed() {
    Content c =
        cleaner.clean(
            "Short lede.\n\nThe body goes on with a second paragraph that ends.", "Other title");
    assertNull(c.title());
    assertNull(c.subtitle());
    assertEquals(2, c.paragraphs().size());
    Content repeated =
        cleaner.clean("Other title\n\nThe body is one paragraph that ends.", "Other title");
    assertEquals(List.of("The body is one paragraph that ends."), repeated.paragraphs());
  }

  @Test
  void agencyDatelineGivesSyndication() {
    Content c =
        cleaner.clean(
            "Council approves the new tram line\n\nWASHINGTON (AP) — The Senate voted on Tuesday to pass the bill after a"
                + " long night of debate.\n\nMore details followed.",
            null);
    assertEquals("Associated Press", SourceRegistry.defaults().byName("AP").orElseThrow().name());
    assertEquals("Associated Press", c.syndicatedFrom());
  }

  @Test
  void wireSignOffLinesAreNotBody() {
    Content c =
        cleaner.clean(
            "Council approves the new tram line\n\nBy Jane Doe\n\nThe council approved the line"
                + " on Tuesday after a debate that lasted most of the night.\n\nWork starts next"
                + " year, officials said.\n\nReporting by Jane Doe; Editing by John Roe",
            null);
    assertEquals(2, c.paragraphs().size(), c.paragraphs().toString());
  }

  @Test
  void relatedStoryListsAndBarePhotoCreditsAreRemoved() {
    Content c =
        cleaner.clean(
            "Council approves the new tram line\n\nBy Jane Doe\n\nThe council approved the line"
                + " on Tuesday after a debate that lasted most of the night.\n\nPhoto: Reuters\n\n"
                + "Related stories\n\n[Tram fares to rise in June](https://example.org/a)\n\n"
                + "[Mayor quits over budget row](https://example.org/b)\n\n"
                + "Work starts next year, officials said.",
            null);
    assertEquals(
        List.of(
            "The council approved the line on Tuesday after a debate that lasted most of the"
                + " night.",
            "Work starts next year, officials said."),
        c.paragraphs());
    assertEquals(List.of(), c.headings());
    assertEquals(List.of(), c.captions());
  }
}
