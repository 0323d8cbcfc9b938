package org.parallax.store.query;

import java.util.List;

/**
 * One page of a longer result list.
 *
 * @param items the items of this page, in order
 * @param total how many items the whole list has
 * @param offset the position of the first item of this page in the whole list
 * @param limit the page size that was asked for
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

  public Page {
    items = List.copyOf(items);
  }

  /** Whether items follow this page. */
  public boolean hasMore() {
    return offset + items.size() < total;
  }

  /** An empty page. */
  public static <T> Page<T> empty(int offset, int limit) {
    return new Page<>(List.of(), 0, offset, limit);
  }
}
