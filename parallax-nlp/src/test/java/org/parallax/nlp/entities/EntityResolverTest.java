package org.parallax.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Entity;
import org.parallax.nlp.NlpDoc;

/**
 * Canonical ids without any model: tagger mentions are written inside the fixture text as {@code
 * [PERSON Kwon Jong Gun]}, and the resolver must give each mention the expected id.
 */
class EntityResolverTest {

  private static final AliasTable TABLE = AliasTable.load((Path) null);
  private static final Pattern MARK = Pattern.compile("\\[([A-Z]+) ([^\\]]+)\\]");

  @Test
  void positive_shortNameAfterFullNameTakesTheFullName() {
    Map<String, String> ids =
        idsByMention(
            "North Korean official [PERSON Kwon Jong Gun] spoke. Later [PERSON Kwon] added more.");
    assertEquals("Kwon Jong Gun", ids.get("Kwon"));
  }

  @Test
  void positive_titleStrippedAndKnownSurnameResolved() {
    Map<String, String> ids =
        idsByMention("While President [PERSON Biden] was briefed, nothing moved.");
    assertEquals("Joe Biden", ids.get("Biden"));
  }

  @Test
  void negative_unknownSurnameStaysTheSurname() {
    Map<String, String> ids = idsByMention("The deal reached under [PERSON Bush] was sabotaged.");
    assertEquals("Bush", ids.get("Bush"));
  }

  @Test
  void positive_fullNameInArticleWinsOverTheKnownPeopleTable() {
    Map<String, String> ids =
        idsByMention("[PERSON Hunter Biden] arrived. Then [PERSON Biden] left the room.");
    assertEquals("Hunter Biden", ids.get("Biden"));
  }

  @Test
  void positive_capitalActingIsItsCountry() {
    Resolution r = resolve("Angry at the sanctions, [LOCATION Pyongyang] signalled a shift.");
    assertEquals("North Korea", r.ids.get("Pyongyang"));
  }

  @Test
  void negative_capitalAfterLocativeIsTheCity() {
    Resolution r =
        resolve("There is no famine, at least in the capital [LOCATION Pyongyang] today.");
    assertEquals("Pyongyang", r.ids.get("Pyongyang"));
  }

  @Test
  void positive_aliasesFoundEvenWhenTheTaggerMissedOrMisboundedThem() {
    Resolution r =
        resolve("How [LOCATION US-North] Korea relations evolve matters to the DPRK and the UN.");
    assertEquals("United States", r.ids.get("US"));
    assertEquals("North Korea", r.ids.get("North Korea"));
    assertEquals("North Korea", r.ids.get("DPRK"));
    assertEquals("United Nations", r.ids.get("UN"));
    assertFalse(r.ids.containsKey("US-North"));
  }

  @Test
  void positive_demonymsAndOtherNamesShareTheCountryId() {
    Resolution r = resolve("An American official and the U.S. envoy met Americans in America.");
    assertEquals(1, r.entities.size());
    assertEquals("United States", r.entities.get(0).id());
    assertEquals(4, r.entities.get(0).mentions().size());
  }

  @Test
  void negative_lowerCaseWordsAreNotAcronyms() {
    Resolution r = resolve("Tell us who will lead.");
    assertTrue(r.entities.isEmpty(), r.entities.toString());
  }

  @Test
  void negative_titleFragmentsAreNotOrganisations() {
    Resolution r =
        resolve(
            "US Secretary of [ORGANIZATION State] Blinken and [ORGANIZATION Defense] Secretary Austin.");
    assertFalse(r.ids.containsKey("State"));
    assertFalse(r.ids.containsKey("Defense"));
  }

  @Test
  void positive_acronymAndLongFormInOneArticleShareTheAcronym() {
    Map<String, String> ids =
        idsByMention(
            "The [ORGANIZATION United Auto Workers] struck. The [ORGANIZATION UAW] said so.");
    assertEquals("UAW", ids.get("United Auto Workers"));
    assertEquals("UAW", ids.get("UAW"));
  }

  @Test
  void positive_corporateSuffixesAndShortFormsMeetTheFullName() {
    Map<String, String> ids =
        idsByMention(
            "[ORGANIZATION Northrop Grumman Corp.] won. Later [ORGANIZATION Northrop] said so.");
    assertEquals("Northrop Grumman", ids.get("Northrop Grumman Corp."));
    assertEquals("Northrop Grumman", ids.get("Northrop"));
  }

  @Test
  void negative_aDivisionIsNotItsParent() {
    Map<String, String> ids =
        idsByMention(
            "[ORGANIZATION Airbus Military] builds it; [ORGANIZATION Airbus] sells planes.");
    assertEquals("Airbus", ids.get("Airbus"));
  }

  @Test
  void positive_demonymMentionIsANationalityOfTheCountry() {
    EntityResolver.Resolution r =
        new EntityResolver(TABLE)
            .resolve("An American envoy.", null, tokens("An American envoy."), List.of());
    assertEquals("NATIONALITY", r.mentions().get(0).type());
    assertEquals("United States", r.mentions().get(0).entityId());
    assertEquals("COUNTRY", r.entities().get(0).type());
  }

  @Test
  void positive_userAliasFileExtendsTheShippedTable(@TempDir Path dir) throws IOException {
    Path user = dir.resolve("aliases.tsv");
    Files.writeString(user, "Parallax Project\tORGANIZATION\tname\t!PXP\n", StandardCharsets.UTF_8);
    AliasTable extended = AliasTable.load(user);
    assertEquals("Parallax Project", extended.lookup("PXP").orElseThrow().id());
    assertEquals("North Korea", extended.lookup("DPRK").orElseThrow().id());
  }

  @Test
  void everyCountryHasItsDemonymAndCapital() {
    assertEquals("China", TABLE.lookup("Chinese").orElseThrow().id());
    assertEquals(Alias.Kind.METONYM, TABLE.lookup("Beijing").orElseThrow().kind());
    assertEquals("Russia", TABLE.lookup("Kremlin").orElseThrow().id());
    assertEquals("United Kingdom", TABLE.lookup("British").orElseThrow().id());
    assertEquals("United Kingdom", TABLE.lookup("London").orElseThrow().id());
    assertEquals("World Health Organization", TABLE.lookup("WHO").orElseThrow().id());
    assertTrue(TABLE.lookup("who").isEmpty());
  }

  // ---- helpers -------------------------------------------------------------------------------

  private record Resolution(Map<String, String> ids, List<Entity> entities) {}

  private static Map<String, String> idsByMention(String marked) {
    return resolve(marked).ids;
  }

  /** Resolves a text whose tagger mentions are marked {@code [TYPE words]}. */
  private static Resolution resolve(String marked) {
    StringBuilder text = new StringBuilder();
    List<Candidate> tagged = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.length();
      text.append(m.group(2));
      tagged.add(new Candidate(start, text.length(), m.group(2), m.group(1), null));
      last = m.end();
    }
    text.append(marked.substring(last));
    String t = text.toString();
    EntityResolver.Resolution r = new EntityResolver(TABLE).resolve(t, null, tokens(t), tagged);
    Map<String, String> ids =
        r.mentions().stream()
            .collect(Collectors.toMap(NlpDoc.Mention::text, NlpDoc.Mention::entityId, (a, b) -> b));
    return new Resolution(ids, r.entities());
  }

  /** Tokens as OpenNLP would cut them, close enough for the alias scan. */
  private static List<NlpDoc.Token> tokens(String text) {
    List<NlpDoc.Token> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?:[A-Z]\\.)+|[\\p{L}\\p{N}'-]+|\\S").matcher(text);
    while (m.find()) {
      out.add(new NlpDoc.Token(m.start(), m.end(), m.group(), "X", m.group()));
    }
    return out;
  }
}
