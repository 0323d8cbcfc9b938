package org.parallax.compare.report;

import org.parallax.compare.TestSupport;

/** Ids of fixture articles. */
final class TestIds {

  private TestIds() {}

  static String firstSeed() {
    return TestSupport.seeds().get(0).id();
  }
}
