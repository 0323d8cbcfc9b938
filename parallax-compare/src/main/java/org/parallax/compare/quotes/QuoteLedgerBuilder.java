package org.parallax.compare.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.compare.story.Member;
import org.parallax.compare.text.Tokens;
import org.parallax.core.compare.DiffOp;
import org.parallax.core.compare.LedgerQuote;
import org.parallax.core.compare.QuoteLedger;
import org.parallax.core.compare.QuoteVersion;
import org.parallax.core.compare.SpeakerQuotes;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;

/**
 * Builds a story's {@link QuoteLedger} from the articles' quotes (terms left out). Two quotes of
 * one speaker are versions of the same quote when at least {@link #SAME_QUOTE} of the shorter's
 * words occur in the longer. Thread-safe.
 */
public final class QuoteLedgerBuilder {

  /** Share of the shorter version's words found in the longer that makes two quotes one. */
  public static final double SAME_QUOTE = 0.6;

  private static final String UNATTRIBUTED = "unattributed";

  /** The ledger of a story whose members are given oldest first. */
  public QuoteLedger build(List<Member> members) {
    Map<String, List<Found>> bySpeaker = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> byOutlet = new LinkedHashMap<>();
    for (Member m : members) {
      byOutlet.computeIfAbsent(m.outletName(), k -> new LinkedHashMap<>());
      for (Quote q : m.article().quotes()) {
        if (q.kind() == QuoteKind.TERM) {
          continue;
        }
        String key = key(q);
        names.putIfAbsent(key, q.speaker() == null ? UNATTRIBUTED : q.speaker().name());
        bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(new Found(m, q));
        byOutlet.get(m.outletName()).merge(names.get(key), 1, Integer::sum);
      }
    }
    List<SpeakerQuotes> speakers = new ArrayList<>();
    int[] counter = {0};
    bySpeaker.forEach(
        (key, found) -> speakers.add(speaker(key, names.get(key), found, members, counter)));
    speakers.sort(
        Comparator.comparingInt(
                (SpeakerQuotes s) -> s.quotes().stream().mapToInt(q -> q.versions().size()).sum())
            .reversed());
    addIndirectOnly(members, bySpeaker.keySet(), speakers);
    return new QuoteLedger(speakers, byOutlet);
  }

  private static String key(Quote q) {
    if (q.speaker() == null) {
      return UNATTRIBUTED;
    }
    if (q.speaker().id() != null) {
      return q.speaker().id();
    }
    return "anon:" + q.speaker().name().toLowerCase(Locale.ROOT);
  }

  private SpeakerQuotes speaker(
      String key, String name, List<Found> found, List<Member> members, int[] counter) {
    List<List<Found>> clusters = new ArrayList<>();
    for (Found f : found) {
      List<Found> home = null;
      for (List<Found> c : clusters) {
        if (c.stream().anyMatch(o -> sameQuote(o.quote().text(), f.quote().text()))) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(f);
    }
    List<LedgerQuote> quotes = new ArrayList<>();
    Set<String> quotedBy = new LinkedHashSet<>();
    for (List<Found> c : clusters) {
      quotes.add(ledgerQuote("q" + (++counter[0]), c));
      c.forEach(f -> quotedBy.add(f.member().outletName()));
    }
    String id = key.equals(UNATTRIBUTED) || key.startsWith("anon:") ? null : key;
    return new SpeakerQuotes(id, name, quotes, List.copyOf(quotedBy), List.of());
  }

  private static LedgerQuote ledgerQuote(String id, List<Found> versions) {
    Found longest =
        versions.stream()
            .max(Comparator.comparingInt(f -> Tokens.of(f.quote().text()).size()))
            .orElseThrow();
    String reference = longest.quote().text();
    Set<String> voices = new HashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    List<QuoteVersion> out = new ArrayList<>();
    for (Found f : versions) {
      List<DiffOp> diff = f == longest ? List.of() : WordDiff.diff(reference, f.quote().text());
      boolean cut = diff.stream().anyMatch(d -> d.op() == DiffOp.Op.REMOVED);
      Quote q = f.quote();
      out.add(
          new QuoteVersion(
              f.member().id(),
              f.member().outletName(),
              q.span().start(),
              q.span().end(),
              q.text(),
              q.kind().name().toLowerCase(Locale.ROOT),
              cut,
              diff));
      voices.add(f.member().voice());
      outlets.add(f.member().outletName());
    }
    return new LedgerQuote(id, reference, out, List.copyOf(outlets), voices.size() == 1);
  }

  static boolean sameQuote(String a, String b) {
    Set<String> wa = new HashSet<>(Tokens.words(a));
    Set<String> wb = new HashSet<>(Tokens.words(b));
    Set<String> small = wa.size() <= wb.size() ? wa : wb;
    Set<String> big = small == wa ? wb : wa;
    if (small.isEmpty()) {
      return false;
    }
    long shared = small.stream().filter(big::contains).count();
    return shared / (double) small.size() >= SAME_QUOTE;
  }

  private static void addIndirectOnly(
      List<Member> members, Set<String> speakerKeys, List<SpeakerQuotes> speakers) {
    for (int i = 0; i < speakers.size(); i++) {
      SpeakerQuotes s = speakers.get(i);
      if (s.speaker() == null) {
        continue;
      }
      Set<String> indirect = new LinkedHashSet<>();
      for (Member m : members) {
        boolean names =
            m.article().entities().stream().map(Entity::id).anyMatch(s.speaker()::equals);
        if (names && !s.quotedBy().contains(m.outletName())) {
          indirect.add(m.outletName());
        }
      }
      speakers.set(
          i,
          new SpeakerQuotes(
              s.speaker(), s.name(), s.quotes(), s.quotedBy(), List.copyOf(indirect)));
    }
  }

  private record Found(Member member, Quote quote) {}
}
