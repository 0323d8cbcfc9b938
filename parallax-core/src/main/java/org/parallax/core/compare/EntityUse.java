package org.parallax.core.compare;

import java.util.Objects;

/**
 * How one outlet names one entity.
 *
 * @param outlet the outlet's name
 * @param mentions number of mentions over the outlet's articles in the story
 * @param salience prominence in [0, 1]: mentions share, position of the first mention and title
 *     presence combined
 * @param inTitle whether a title of the outlet names it
 * @param firstPosition relative position of the earliest first mention, 0 (start) to 1 (end)
 */
public record EntityUse(
    String outlet, int mentions, double salience, boolean inTitle, double firstPosition) {

  public EntityUse {
    Objects.requireNonNull(outlet, "outlet");
  }
}
