package org.parallax.core.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.core.id.Urls;

/**
 * Looks outlets up by domain (a subdomain falls back to its parent: {@code news.bbc.co.uk} finds
 * {@code bbc.co.uk}) or by a name or alias as it appears in credits ("The Wall Street Journal",
 * "AP"). Immutable and thread-safe.
 *
 * <p>The file format is tab-separated with a header line: {@code domain name country language kind
 * owner aliases labels}; {@code aliases} and {@code labels} are lists separated by {@code |}. Lines
 * starting with {@code #} are comments.
 */
public final class SourceRegistry {

  private static final String DEFAULT_RESOURCE = "outlets.tsv";

  private final Map<String, Outlet> byDomain;
  private final Map<String, Outlet> byName;

  private SourceRegistry(Collection<Outlet> outlets) {
    Map<String, Outlet> domains = new LinkedHashMap<>();
    Map<String, Outlet> names = new LinkedHashMap<>();
    for (Outlet o : outlets) {
      domains.put(o.domain(), o);
    }
    for (Outlet o : domains.values()) {
      names.putIfAbsent(key(o.name()), o);
      for (String alias : o.aliases()) {
        names.putIfAbsent(key(alias), o);
      }
    }
    this.byDomain = Map.copyOf(domains);
    this.byName = Map.copyOf(names);
  }

  /** The registry shipped with Parallax. */
  public static SourceRegistry defaults() {
    return Holder.DEFAULTS;
  }

  /** The shipped registry overridden and extended, row by domain, by {@code userFile}. */
  public static SourceRegistry withOverrides(Path userFile) throws IOException {
    List<Outlet> all = new ArrayList<>(defaults().all());
    try (BufferedReader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
      all.addAll(parse(r, userFile.toString()));
    }
    return new SourceRegistry(all);
  }

  /** A registry of exactly these outlets. */
  public static SourceRegistry of(Collection<Outlet> outlets) {
    return new SourceRegistry(outlets);
  }

  /** Every outlet, one per domain. */
  public Collection<Outlet> all() {
    return byDomain.values();
  }

  /** The outlet of a URL or host, trying parent domains in turn. */
  public Optional<Outlet> byUrlOrHost(String urlOrHost) {
    if (urlOrHost == null || urlOrHost.isBlank()) {
      return Optional.empty();
    }
    String host =
        urlOrHost.contains("://")
            ? Urls.host(urlOrHost).orElse("")
            : urlOrHost.strip().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    while (host.contains(".")) {
      Outlet o = byDomain.get(host);
      if (o != null) {
        return Optional.of(o);
      }
      host = host.substring(host.indexOf('.') + 1);
    }
    return Optional.empty();
  }

  /** The outlet credited under {@code name} (case, accents and a leading "The" ignored). */
  public Optional<Outlet> byName(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
  }

  private static String key(String name) {
    String k =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  static List<Outlet> parse(BufferedReader reader, String origin) throws IOException {
    List<Outlet> out = new ArrayList<>();
    String line;
    int lineNo = 0;
    boolean header = true;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (line.startsWith("domain\t")) {
          continue;
        }
      }
      String[] f = Arrays.copyOf(line.split("\t", -1), 8);
      if (f[0] == null || f[1] == null || f[0].isBlank() || f[1].isBlank()) {
        throw new IOException(origin + ": line " + lineNo + ": needs at least a domain and a name");
      }
      out.add(
          new Outlet(
              f[0].strip().toLowerCase(Locale.ROOT),
              f[1].strip(),
              strip(f[2]),
              strip(f[3]),
              strip(f[4]),
              strip(f[5]),
              list(f[6]),
              list(f[7])));
    }
    return out;
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  private static List<String> list(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private static final class Holder {
    static final SourceRegistry DEFAULTS = load();

    private static SourceRegistry load() {
      try (InputStream in = SourceRegistry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the shipped " + DEFAULT_RESOURCE + " is missing");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new SourceRegistry(parse(r, DEFAULT_RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
