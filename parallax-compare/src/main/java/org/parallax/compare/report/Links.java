package org.parallax.compare.report;

/** File names of report pages: ids reduced to safe characters. */
final class Links {

  private Links() {}

  static String story(String id) {
    return "story-" + safe(id) + ".html";
  }

  static String article(String id) {
    return "article-" + safe(id) + ".html";
  }

  static String safe(String id) {
    String s = id.replaceAll("[^A-Za-z0-9_-]", "_");
    return s.length() > 80 ? s.substring(0, 80) : s;
  }
}
