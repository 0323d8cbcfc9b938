package org.parallax.group.story;

/** A growable int array. */
final class IntList {
  private int[] a = new int[4];
  private int n;

  void add(int v) {
    if (n == a.length) {
      a = java.util.Arrays.copyOf(a, n * 2);
    }
    a[n++] = v;
  }

  int get(int i) {
    return a[i];
  }

  int size() {
    return n;
  }
}
