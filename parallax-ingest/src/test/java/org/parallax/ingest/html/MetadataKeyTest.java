package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MetadataKeyTest {

  @Test
  void keyKeepsExactlyTheLettersAndNumbersThatTheRegexDefinitionKeeps() {
    List<String> samples =
        List.of(
            "Le Monde – Actualités et Infos",
            "The Wall Street Journal | WSJ.com",
            "日本経済新聞 電子版",
            "Ⅻ chapters, ² squared, ½ half",
            "Çağrı Örnek-İstanbul",
            "café (e\u0301) 🙂 𝐀𝐁𝐂",
            "");
    for (String s : samples) {
      String regex = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
      assertEquals(regex, Metadata.key(s), s);
    }
    assertEquals("lemondeactualitésetinfos", Metadata.key("Le Monde – Actualités et Infos"));
  }
}
