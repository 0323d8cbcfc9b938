package org.parallax.server.http;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the items of this page
 * @param total how many items the whole list has
 * @param offset the index of the first item of this page in the whole list
 * @param limit the page size asked for (after capping)
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

  public Page {
    items = List.copyOf(items);
  }

  /** The page of {@code all} that {@code request} asks for. */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    int from = Math.min(request.offset(), all.size());
    int to = Math.min(all.size(), from + request.limit());
    return new Page<>(all.subList(from, to), all.size(), request.offset(), request.limit());
  }
}
