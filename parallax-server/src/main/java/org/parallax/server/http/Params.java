package org.parallax.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.store.query.Facet;
import org.parallax.store.query.Filters;
import org.parallax.store.query.Page;
import org.parallax.store.query.Sort;

/**
 * Reads the API's shared query parameters: one parameter per {@link Facet} (repeatable, values are
 * alternatives), {@code from} / {@code to} dates, {@code facets}, {@code sort}. Bad values are 400.
 */
public final class Params {

  private static final int MAX_TEXT = 1000;

  private Params() {}

  /** The filters named by {@code outlet}, {@code kind}, …, {@code from} and {@code to}. */
  public static Filters filters(Context ctx) {
    Filters f = Filters.none();
    for (Facet facet : Facet.values()) {
      List<String> values = new ArrayList<>();
      for (String v : ctx.queryParams(facet.field())) {
        if (v != null && !v.isBlank()) {
          values.add(v.strip());
        }
      }
      if (!values.isEmpty()) {
        f = f.and(facet, values.toArray(String[]::new));
      }
    }
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    return from == null && to == null ? f : f.between(from, to);
  }

  /** The facets listed in {@code facets} (comma-separated), none when absent. */
  public static List<Facet> facets(Context ctx) {
    String raw = ctx.queryParam("facets");
    if (raw == null || raw.isBlank()) {
      return List.of();
    }
    List<Facet> out = new ArrayList<>();
    for (String name : raw.split(",")) {
      if (!name.isBlank()) {
        out.add(parse(Facet.class, name, "facet"));
      }
    }
    return out;
  }

  /** The {@code sort} parameter, relevance by default. */
  public static Sort sort(Context ctx) {
    String raw = ctx.queryParam("sort");
    return raw == null || raw.isBlank() ? Sort.RELEVANCE : parse(Sort.class, raw, "sort");
  }

  /** A free-text parameter, empty when absent, 400 when longer than 1,000 characters. */
  public static String text(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null) {
      return "";
    }
    if (raw.length() > MAX_TEXT) {
      throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
    }
    return raw.strip();
  }

  /** The page of {@code all} that {@code request} asks for. */
  public static <T> Page<T> slice(List<T> all, PageRequest request) {
    int from = Math.min(request.offset(), all.size());
    int to = Math.min(all.size(), from + request.limit());
    return new Page<>(all.subList(from, to), all.size(), request.offset(), request.limit());
  }

  private static LocalDate date(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date such as 2021-05-04");
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String raw, String what) {
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("unknown " + what + ": " + raw.strip());
    }
  }
}
