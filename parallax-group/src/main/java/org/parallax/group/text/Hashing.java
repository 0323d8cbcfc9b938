package org.parallax.group.text;

import java.nio.charset.StandardCharsets;

/** 64-bit hashing helpers: a strong mixer and a string hash. Pure functions. */
public final class Hashing {

  private Hashing() {}

  /** The SplitMix64 finaliser: a bijective, well-mixed 64-bit function. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A 64-bit FNV-1a hash of the UTF-8 bytes of {@code s}, mixed. */
  public static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }
}
