package org.parallax.store;

import org.parallax.core.embed.Embedder;
import org.parallax.core.registry.SourceRegistry;

/**
 * How a {@link Corpus} is opened.
 *
 * @param embedder turns article text into vectors for {@link Corpus#similar}; {@code null} for no
 *     vectors (similar-article search then returns nothing)
 * @param registry the outlets, for the outlet name, kind, country and labels of each article
 * @param readOnly open without the write lock: another process may be writing, {@link
 *     Corpus#refresh()} picks up its commits, and every write throws {@link IllegalStateException}
 */
public record CorpusConfig(Embedder embedder, SourceRegistry registry, boolean readOnly) {

  public CorpusConfig {
    registry = registry == null ? SourceRegistry.defaults() : registry;
  }

  /** Writable, the shipped registry, no embedder. */
  public static CorpusConfig defaults() {
    return new CorpusConfig(null, null, false);
  }

  /** This configuration with an embedder ({@code null} for none). */
  public CorpusConfig withEmbedder(Embedder e) {
    return new CorpusConfig(e, registry, readOnly);
  }

  /** This configuration with another source registry. */
  public CorpusConfig withRegistry(SourceRegistry r) {
    return new CorpusConfig(embedder, r, readOnly);
  }

  /** This configuration, read-only. */
  public CorpusConfig asReadOnly() {
    return new CorpusConfig(embedder, registry, true);
  }
}
