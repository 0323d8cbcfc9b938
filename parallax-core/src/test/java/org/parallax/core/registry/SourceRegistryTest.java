package org.parallax.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRegistryTest {

  private final SourceRegistry registry = SourceRegistry.defaults();

  @Test
  void shipsAtLeastTwoHundredOutletsOfEveryKind() {
    assertTrue(registry.all().size() >= 200, "outlets: " + registry.all().size());
    Set<String> kinds = new HashSet<>();
    registry.all().forEach(o -> kinds.add(o.kind()));
    assertEquals(Set.of("wire", "state", "public", "commercial", "nonprofit", "aggregator"), kinds);
  }

  @Test
  void everyRowHasACountryALanguageAndAKnownKind() {
    for (Outlet o : registry.all()) {
      assertTrue(o.country().matches("[A-Z]{2}|INT"), o + " country");
      assertTrue(o.language().matches("[a-z]{2}"), o + " language");
      assertFalse(o.owner().isBlank(), o + " owner");
    }
  }

  @Test
  void findsOutletBySubdomainAndUrl() {
    assertEquals(
        "The Australian",
        registry.byUrlOrHost("https://www.theaustralian.com.au/business/x").orElseThrow().name());
    assertEquals("BBC", registry.byUrlOrHost("news.bbc.co.uk").orElseThrow().name());
    assertTrue(registry.byUrlOrHost("https://example.org/").isEmpty());
    assertTrue(registry.byUrlOrHost("not a url").isEmpty());
  }

  @Test
  void findsOutletByCreditedNameOrAlias() {
    assertEquals("wsj.com", registry.byName("The Wall Street Journal").orElseThrow().domain());
    assertEquals("wsj.com", registry.byName("wall street journal").orElseThrow().domain());
    Outlet ap = registry.byName("AP").orElseThrow();
    assertTrue(ap.isWire());
    assertEquals("Agence France-Presse", registry.byName("AFP").orElseThrow().name());
    assertTrue(registry.byName("Nobody Weekly").isEmpty());
  }

  @Test
  void userFileOverridesAndExtends(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(
        f,
        "domain\tname\tcountry\tlanguage\tkind\towner\taliases\tlabels\n"
            + "wsws.org\tWSWS\tINT\ten\tnonprofit\tICFI\t\tfar-left|socialist\n"
            + "local.example\tLocal Gazette\tUS\ten\tcommercial\tSmith family\tGazette\t\n",
        StandardCharsets.UTF_8);
    SourceRegistry r = SourceRegistry.withOverrides(f);
    Outlet wsws = r.byUrlOrHost("https://www.wsws.org/en/articles/x.html").orElseThrow();
    assertEquals("WSWS", wsws.name());
    assertEquals(java.util.List.of("far-left", "socialist"), wsws.labels());
    assertEquals("Local Gazette", r.byName("Gazette").orElseThrow().name());
    assertEquals(registry.all().size() + 1, r.all().size());
  }

  @Test
  void badUserFileNamesTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "domain\tname\nonly-a-domain.example\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> SourceRegistry.withOverrides(f));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
