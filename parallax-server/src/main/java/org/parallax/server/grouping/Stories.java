package org.parallax.server.grouping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.core.story.Assignment;
import org.parallax.core.story.Story;

/** Pure edits of {@link Story} records: membership changes that keep evidence in step. */
final class Stories {

  private Stories() {}

  /** {@code s} without {@code leaving}. */
  static Story without(Story s, Set<String> leaving) {
    List<String> kept = s.articles().stream().filter(a -> !leaving.contains(a)).toList();
    List<Assignment> evidence =
        s.evidence().stream().filter(e -> !leaving.contains(e.article())).toList();
    return new Story(
        s.id(),
        s.title(),
        kept,
        s.families(),
        s.firstSeen(),
        s.lastSeen(),
        s.entities(),
        s.pinned(),
        evidence);
  }

  /** {@code s}, pinned. */
  static Story pinned(Story s) {
    return new Story(
        s.id(),
        s.title(),
        s.articles(),
        s.families(),
        s.firstSeen(),
        s.lastSeen(),
        s.entities(),
        true,
        s.evidence());
  }

  /** A new story {@code id} made of {@code members}, taken from {@code sources}. */
  static Story fresh(String id, Collection<Story> sources, Set<String> members, String note) {
    Builder b = new Builder(id, sources.isEmpty() ? "" : sources.iterator().next().title(), false);
    for (Story s : sources) {
      b.take(s, members, note);
    }
    for (String a : members) {
      b.addArticle(a, null, note);
    }
    return b.build();
  }

  /** A builder that starts as {@code s}. */
  static Builder from(Story s) {
    Builder b = new Builder(s.id(), s.title(), s.pinned());
    b.firstSeen = s.firstSeen();
    b.lastSeen = s.lastSeen();
    b.families.addAll(s.families());
    b.entities.addAll(s.entities());
    for (String a : s.articles()) {
      b.articles.add(a);
    }
    b.evidence.addAll(s.evidence());
    return b;
  }

  /** Collects a story's members and evidence. */
  static final class Builder {
    private final String id;
    private final String title;
    private final boolean pinned;
    private final Set<String> articles = new LinkedHashSet<>();
    private final Set<String> families = new LinkedHashSet<>();
    private final Set<String> entities = new LinkedHashSet<>();
    private final List<Assignment> evidence = new ArrayList<>();
    private String firstSeen;
    private String lastSeen;

    private Builder(String id, String title, boolean pinned) {
      this.id = id;
      this.title = title;
      this.pinned = pinned;
    }

    /** Takes every member of {@code other}. */
    Builder absorb(Story other, String note) {
      return take(other, new LinkedHashSet<>(other.articles()), note);
    }

    /** Takes the members of {@code other} that are in {@code wanted}. */
    Builder take(Story other, Set<String> wanted, String note) {
      for (String a : other.articles()) {
        if (wanted.contains(a)) {
          Assignment was =
              other.evidence().stream().filter(e -> e.article().equals(a)).findFirst().orElse(null);
          addArticle(a, was, note);
        }
      }
      families.addAll(other.families());
      entities.addAll(other.entities());
      firstSeen = min(firstSeen, other.firstSeen());
      lastSeen = max(lastSeen, other.lastSeen());
      return this;
    }

    void addArticle(String article, Assignment was, String note) {
      if (!articles.add(article)) {
        return;
      }
      evidence.add(
          was != null
              ? was.overridden(id, note)
              : new Assignment(article, id, "override", 0, 0, 0, 0, -1, List.of(), null, 0, note));
    }

    Story build() {
      return new Story(
          id,
          title,
          List.copyOf(articles),
          List.copyOf(families),
          firstSeen,
          lastSeen,
          List.copyOf(entities),
          pinned,
          evidence);
    }

    private static String min(String a, String b) {
      return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
      return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }
  }
}
