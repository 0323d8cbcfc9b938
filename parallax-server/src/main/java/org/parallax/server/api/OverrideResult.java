package org.parallax.server.api;

import java.util.List;
import org.parallax.core.story.Override;
import org.parallax.core.story.Story;

/**
 * What an override changed.
 *
 * @param id the id under which the override is stored
 * @param override the override as applied
 * @param stories the stories as they are now (created or changed)
 * @param removed the ids of stories that no longer exist
 */
public record OverrideResult(
    String id, Override override, List<Story> stories, List<String> removed) {

  public OverrideResult {
    stories = List.copyOf(stories);
    removed = List.copyOf(removed);
  }
}
