package org.parallax.core.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A user's correction of the story grouping. Overrides name articles (whose ids are stable), not
 * story ids alone, so they survive re-runs and new batches; they are applied in file order after
 * clustering and before the next batch.
 *
 * <ul>
 *   <li>{@code merge}: the stories that hold {@code articles} become one.
 *   <li>{@code split}: {@code articles} leave their story and form a new one together.
 *   <li>{@code move}: {@code articles} move to the story that holds {@code target}.
 *   <li>{@code pin}: the story that holds {@code articles} keeps exactly its current members: no
 *       article joins or leaves it automatically.
 *   <li>{@code separate}: the stories of {@code articles} must never be merged (a cannot-link).
 * </ul>
 *
 * @param action {@code merge}, {@code split}, {@code move}, {@code pin} or {@code separate}
 * @param articles the article ids it concerns
 * @param target for {@code move}: an article id whose story receives the articles
 * @param note why the user made it, shown in the evidence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Override(String action, List<String> articles, String target, String note) {

  /** The allowed actions. */
  public static final List<String> ACTIONS = List.of("merge", "split", "move", "pin", "separate");

  public Override {
    Objects.requireNonNull(action, "action");
    if (!ACTIONS.contains(action)) {
      throw new IllegalArgumentException("unknown override action: " + action);
    }
    articles = articles == null ? List.of() : List.copyOf(articles);
  }

  /** A {@code merge} of the stories holding these articles. */
  public static Override merge(List<String> articles, String note) {
    return new Override("merge", articles, null, note);
  }

  /** A {@code split} of these articles into a story of their own. */
  public static Override split(List<String> articles, String note) {
    return new Override("split", articles, null, note);
  }

  /** A {@code move} of these articles to the story holding {@code target}. */
  public static Override move(List<String> articles, String target, String note) {
    return new Override("move", articles, target, note);
  }

  /** A {@code pin} of the story holding these articles. */
  public static Override pin(List<String> articles, String note) {
    return new Override("pin", articles, null, note);
  }
}
