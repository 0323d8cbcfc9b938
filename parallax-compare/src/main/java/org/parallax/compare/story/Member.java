package org.parallax.compare.story;

import java.util.Objects;
import org.parallax.core.model.Article;
import org.parallax.core.registry.Outlet;

/**
 * One article of a story with what the comparison needs to know about it.
 *
 * @param article the enriched article
 * @param outlet the outlet that published it
 * @param origin the outlet whose copy it carries (itself unless it credits another)
 * @param voice the id of its independent voice: its syndication family, else its own id
 */
public record Member(Article article, Outlet outlet, Outlet origin, String voice) {

  public Member {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(voice, "voice");
  }

  /** The article id. */
  public String id() {
    return article.id();
  }

  /** The outlet's display name. */
  public String outletName() {
    return outlet.name();
  }
}
