package org.parallax.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The alias table: names that mean a canonical entity. Loaded from the shipped {@code aliases.tsv}
 * and optionally a user file of the same format (tab-separated {@code id, type, kind, alias}; a
 * {@code !} before the alias makes it case-sensitive; user rows override shipped ones). Immutable
 * and thread-safe.
 */
public final class AliasTable {

  /** The shipped table's classpath resource. */
  public static final String RESOURCE = "/org/parallax/nlp/entities/aliases.tsv";

  /** The system property naming a user alias file that extends the shipped table. */
  public static final String USER_FILE_PROPERTY = "parallax.aliases";

  private final Map<String, Alias> exact;
  private final Map<String, Alias> folded;
  private final int maxWords;

  private AliasTable(Map<String, Alias> exact, Map<String, Alias> folded, int maxWords) {
    this.exact = Map.copyOf(exact);
    this.folded = Map.copyOf(folded);
    this.maxWords = maxWords;
  }

  /** The shipped table, extended by the file named in {@value #USER_FILE_PROPERTY} if set. */
  public static AliasTable load() {
    String user = System.getProperty(USER_FILE_PROPERTY);
    return load(user == null || user.isBlank() ? null : Path.of(user));
  }

  /** The shipped table, extended by {@code userFile} when it is not {@code null}. */
  public static AliasTable load(Path userFile) {
    Builder b = new Builder();
    try (InputStream in = AliasTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + RESOURCE);
      }
      b.read(new InputStreamReader(in, StandardCharsets.UTF_8));
      if (userFile != null) {
        try (Reader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
          b.read(r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the alias table", e);
    }
    return b.build();
  }

  /** The alias {@code surface} stands for, if any. */
  public Optional<Alias> lookup(String surface) {
    String norm = Names.normalizeSpace(surface);
    Alias a = exact.get(norm);
    if (a == null && hasUpper(norm)) {
      a = folded.get(fold(norm));
    }
    return Optional.ofNullable(a);
  }

  /** The most words any alias has. */
  public int maxWords() {
    return maxWords;
  }

  /** Number of aliases. */
  public int size() {
    return exact.size() + folded.size();
  }

  static String fold(String s) {
    String f = s.toLowerCase(Locale.ROOT);
    return f.startsWith("the ") ? f.substring(4) : f;
  }

  private static boolean hasUpper(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final class Builder {
    final Map<String, Alias> exact = new HashMap<>();
    final Map<String, Alias> folded = new HashMap<>();
    int maxWords = 1;

    void read(Reader reader) throws IOException {
      BufferedReader r = new BufferedReader(reader);
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length < 4) {
          continue;
        }
        Alias alias =
            new Alias(
                c[0].strip(),
                c[1].strip(),
                Alias.Kind.valueOf(c[2].strip().toUpperCase(Locale.ROOT)));
        String surface = Names.normalizeSpace(c[3]);
        if (surface.startsWith("!")) {
          exact.put(surface.substring(1), alias);
        } else {
          folded.put(fold(surface), alias);
        }
        maxWords = Math.max(maxWords, surface.split("[\\s-]+").length + 1);
      }
    }

    AliasTable build() {
      return new AliasTable(exact, folded, maxWords);
    }
  }
}
