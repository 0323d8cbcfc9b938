package org.parallax.bench.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads GUM news ({@code ner/gum-news/conllu/GUM_news_*.conllu}): rebuilds each text from its
 * tokens ({@code SpaceAfter=No}, {@code # newpar}) and keeps the proper-name mentions of persons,
 * organisations and places from the {@code Entity=} brackets.
 */
final class GumNews {

  private static final Map<String, String> TYPES =
      Map.of("person", "person", "organization", "organization", "place", "place");
  private static final Set<String> INSIDE_NAME =
      Set.of("PROPN", "ADP", "DET", "PART", "PUNCT", "CCONJ");

  private GumNews() {}

  /** Every document of {@code dir} (the {@code gum-news} folder), in file-name order. */
  static List<GoldDoc> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("conllu"))) {
      files = s.filter(p -> p.toString().endsWith(".conllu")).sorted().toList();
    }
    List<GoldDoc> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(parse(Files.readAllLines(f, StandardCharsets.UTF_8)));
    }
    return docs;
  }

  /** One token as read. */
  private record Tok(int start, int end, String upos) {}

  /** An entity bracket still open. */
  private record Open(String id, String type, int firstToken) {}

  static GoldDoc parse(List<String> lines) {
    String id = null;
    String title = null;
    String date = null;
    List<String> paragraphs = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    StringBuilder text = new StringBuilder();
    List<Tok> toks = new ArrayList<>();
    List<GoldMention> mentions = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    boolean spaceBefore = false;
    for (String line : lines) {
      if (line.startsWith("# newdoc id = ")) {
        id = line.substring(14).strip();
      } else if (line.startsWith("# meta::title = ")) {
        title = line.substring(16).strip();
      } else if (line.startsWith("# meta::dateCreated = ")) {
        date = line.substring(22).strip();
      } else if (line.startsWith("# newpar")
          && !line.startsWith("# newpar_block")
          && para.length() > 0) {
        paragraphs.add(para.toString());
        text.append("\n\n");
        para.setLength(0);
        spaceBefore = false;
      } else if (!line.isBlank() && !line.startsWith("#")) {
        String[] c = line.split("\t");
        if (c[0].contains("-") || c[0].contains(".")) {
          continue; // multi-word token ranges and empty nodes carry no new characters
        }
        if (spaceBefore) {
          para.append(' ');
          text.append(' ');
        }
        int start = text.length();
        para.append(c[1]);
        text.append(c[1]);
        toks.add(new Tok(start, text.length(), c[3]));
        spaceBefore = !c[9].contains("SpaceAfter=No");
        brackets(c[9], toks, open, mentions);
      } else if (line.isBlank()) {
        spaceBefore = true;
      }
    }
    if (para.length() > 0) {
      paragraphs.add(para.toString());
    }
    return new GoldDoc(id, title, date, paragraphs, mentions);
  }

  /** Applies the {@code Entity=} openings and closings of the last token. */
  private static void brackets(
      String misc, List<Tok> toks, Deque<Open> open, List<GoldMention> out) {
    String value = null;
    for (String kv : misc.split("\\|")) {
      if (kv.startsWith("Entity=")) {
        value = kv.substring(7);
      }
    }
    if (value == null) {
      return;
    }
    int here = toks.size() - 1;
    int i = 0;
    while (i < value.length()) {
      char ch = value.charAt(i);
      if (ch == '(') {
        int j = i + 1;
        while (j < value.length() && value.charAt(j) != '(' && value.charAt(j) != ')') {
          j++;
        }
        String[] attrs = value.substring(i + 1, j).split("-");
        String eid = attrs[0];
        String type = attrs.length > 1 ? attrs[1] : "";
        if (j < value.length() && value.charAt(j) == ')') {
          close(new Open(eid, type, here), here, toks, out);
          j++;
        } else {
          open.push(new Open(eid, type, here));
        }
        i = j;
      } else if (Character.isDigit(ch)) {
        int j = i;
        while (j < value.length() && Character.isDigit(value.charAt(j))) {
          j++;
        }
        String eid = value.substring(i, j);
        for (Open o : open) {
          if (o.id().equals(eid)) {
            open.remove(o);
            close(o, here, toks, out);
            break;
          }
        }
        i = j < value.length() && value.charAt(j) == ')' ? j + 1 : j;
      } else {
        i++;
      }
    }
  }

  private static void close(Open o, int last, List<Tok> toks, List<GoldMention> out) {
    String type = TYPES.get(o.type());
    if (type == null) {
      return;
    }
    int first = o.firstToken();
    if ("DET".equals(toks.get(first).upos()) && first < last) {
      first++; // "the United Nations" names the United Nations
    }
    if (!"PROPN".equals(toks.get(first).upos()) || !"PROPN".equals(toks.get(last).upos())) {
      return;
    }
    for (int k = first; k <= last; k++) {
      if (!INSIDE_NAME.contains(toks.get(k).upos())) {
        return;
      }
    }
    out.add(new GoldMention(toks.get(first).start(), toks.get(last).end(), type, o.id()));
  }
}
