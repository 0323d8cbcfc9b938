package org.parallax.compare.vocab;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * British and Commonwealth spellings mapped to American ones ({@code organisation} → {@code
 * organization}, {@code labour} → {@code labor}, {@code centre} → {@code center}), applied by
 * {@link Stems} to a word's stem before stemming it again, so that the two spellings of a word are
 * one term.
 *
 * <p>Why: spelling is a house convention, not word choice. A carrier that re-spells a syndicated
 * article (The Australian carries The Wall Street Journal) would otherwise show every {@code -ise}
 * and {@code -our} word of the story as its distinctive vocabulary, and the English frequency list
 * ({@link Background}), which ranks {@code realise} far below {@code realize}, would make a British
 * outlet's common words look rare. The rules are the regular correspondences (the {@code
 * -ise}/{@code -isation} suffix with the words where {@code -ise} is no suffix left alone: {@code
 * exercise}, {@code promise}, {@code advertise}, …; {@code -yse}) and closed lists of roots for
 * {@code -our}, {@code -re}, {@code -ence}, {@code -ogue}, {@code ae}/{@code oe} and a few single
 * words; a word not covered keeps its spelling. Thread-safe.
 */
final class Spelling {

  /** British root → American root, replaced inside a word ({@code unfavourable}). */
  private static final List<String[]> ROOTS =
      pairs(
          "labour labor",
          "colour color",
          "favour favor",
          "honour honor",
          "humour humor",
          "flavour flavor",
          "harbour harbor",
          "neighbour neighbor",
          "behaviour behavior",
          "rumour rumor",
          "vigour vigor",
          "armour armor",
          "odour odor",
          "endeavour endeavor",
          "savour savor",
          "valour valor",
          "vapour vapor",
          "saviour savior",
          "clamour clamor",
          "parlour parlor",
          "rancour rancor",
          "candour candor",
          "splendour splendor",
          "tumour tumor",
          "ardour ardor",
          "fervour fervor",
          "succour succor",
          "demeanour demeanor",
          "rigour rigor",
          "defence defense",
          "offence offense",
          "pretence pretense",
          "licence license",
          "paediatr pediatr",
          "paedophil pedophil",
          "haemorrhag hemorrhag",
          "haemoglobin hemoglobin",
          "anaemi anemi",
          "anaesthe anesthe",
          "leukaemi leukemi",
          "oestrogen estrogen",
          "foetus fetus",
          "foetal fetal",
          "diarrhoea diarrhea",
          "orthopaed orthoped",
          "encyclopaedi encyclopedi",
          "mediaeval medieval",
          "gynaecolog gynecolog",
          "aluminium aluminum",
          "jewellery jewelry",
          "plough plow",
          "smoulder smolder",
          "mould mold",
          "sceptic skeptic",
          "skilful skillful",
          "wilful willful",
          "instalment installment",
          "ageing aging",
          "artefact artifact",
          "practis practic",
          "despatch dispatch");

  /**
   * Words ending in {@code -re} or {@code -ogue} with their inflections ({@code centre}, {@code
   * centres}, {@code centred}, {@code centring}, {@code epicentre}): the British stem before the
   * ending, and the American word.
   */
  private static final List<String[]> ENDINGS =
      pairs(
          "centr center",
          "theatr theater",
          "metr meter",
          "litr liter",
          "spectr specter",
          "lustr luster",
          "sceptr scepter",
          "fibr fiber",
          "sombr somber",
          "calibr caliber",
          "sabr saber",
          "meagr meager",
          "mitr miter",
          "reconnoitr reconnoiter",
          "manoeuvr maneuver",
          "catalogu catalog",
          "analogu analog");

  private static final Pattern ENDING =
      Pattern.compile(
          "(" + String.join("|", ENDINGS.stream().map(p -> p[0]).toList()) + ")(ing|es|ed|e)$");

  /** Whole words with no rule of their own. */
  private static final Map<String, String> WORDS =
      Map.of("programme", "program", "programmes", "programs");

  /** A word ending in the suffix {@code -ise} or one of its derivations. */
  private static final Pattern ISE =
      Pattern.compile("(.*[a-z])is(e|es|ed|ing|er|ers|ation|ations|ational|able|ably)");

  /** A word ending in {@code -lyse} or one of its inflections ({@code analysed}). */
  private static final Pattern LYSE = Pattern.compile("(.*)lys(e|ed|ing|er|ers)");

  /**
   * Words in which {@code -ise} is no suffix, matched at the word's end ({@code uncompromising}):
   * none of them ends an {@code -ize} word.
   */
  private static final List<String> ISE_WORDS =
      List.of(
          "vise",
          "wise",
          "prise",
          "guise",
          "aise",
          "oise",
          "uise",
          "chise",
          "exercise",
          "precise",
          "concise",
          "excise",
          "incise",
          "circumcise",
          "demise",
          "premise",
          "promise",
          "surmise",
          "chemise",
          "merchandise",
          "paradise",
          "expertise",
          "mortise",
          "treatise",
          "chastise",
          "advertise",
          "despise",
          "valise",
          "cerise");

  /** Words in which {@code -ise} is no suffix, matched whole (their ends do end -ize words). */
  private static final Set<String> ISE_WHOLE = Set.of("sunrise", "moonrise", "uprise", "denise");

  /** Shortest {@code -ise} form taken for the suffix ({@code rise}, {@code raise} are not). */
  private static final int MIN_ISE_LENGTH = 6;

  private Spelling() {}

  /** The American spelling of a lower-cased word; the word itself when no rule applies. */
  static String american(String norm) {
    String out = WORDS.getOrDefault(norm, norm);
    for (String[] r : ROOTS) {
      if (out.contains(r[0])) {
        out = out.replace(r[0], r[1]);
      }
    }
    Matcher ending = ENDING.matcher(out);
    if (ending.find()) {
      out = out.substring(0, ending.start()) + americanEnding(ending) + out.substring(ending.end());
    }
    Matcher lyse = LYSE.matcher(out);
    if (lyse.matches() && lyse.group(1).length() >= 2) {
      return lyse.group(1) + "lyz" + lyse.group(2);
    }
    Matcher ise = ISE.matcher(out);
    if (ise.matches() && isSuffix(ise.group(1) + "ise")) {
      return ise.group(1) + "iz" + ise.group(2);
    }
    return out;
  }

  private static String americanEnding(Matcher m) {
    String stem = "";
    for (String[] e : ENDINGS) {
      if (e[0].equals(m.group(1))) {
        stem = e[1];
      }
    }
    return switch (m.group(2)) {
      case "e" -> stem;
      case "es" -> stem + "s";
      default -> stem + m.group(2);
    };
  }

  private static boolean isSuffix(String base) {
    if (base.length() < MIN_ISE_LENGTH || ISE_WHOLE.contains(base)) {
      return false;
    }
    for (String w : ISE_WORDS) {
      if (base.endsWith(w)) {
        return false;
      }
    }
    return true;
  }

  private static List<String[]> pairs(String... pairs) {
    return List.of(pairs).stream().map(p -> p.split(" ")).toList();
  }
}
