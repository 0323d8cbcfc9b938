package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parallax.bench.stories.EntitySource;
import org.parallax.bench.stories.ScaleBench;
import org.parallax.bench.stories.StoriesBench;
import org.parallax.group.embed.MiniLmEmbedder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax bench stories}: story clustering on ECB+, and the scale benchmark. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Cluster ECB+ (DATA/events/ecbplus) into stories: tune on the train and dev topics,",
      "score the test topics 36-45 against the subtopic gold (B-cubed and pairwise), with an",
      "ablation of the signals. With --scale, time and measure memory of grouping synthetic",
      "corpora instead. Prints Markdown tables."
    })
public final class BenchStoriesCommand extends BenchSubcommand {

  @CommandLine.Mixin BenchData bench;

  @Option(names = "--no-embeddings", description = "Leave out the rows that need the model.")
  boolean noEmbeddings;

  @Option(
      names = "--embedding-cache",
      paramLabel = "FILE",
      description = "Keep document embeddings in FILE between runs (default: none).")
  Path cache;

  @Option(
      names = "--entities",
      paramLabel = "SOURCE",
      defaultValue = "enricher",
      converter = EntitySourceConverter.class,
      description =
          "Where the entity signal comes from: enricher (the Enricher's canonical entities, as"
              + " 'parallax analyze' uses; ~0.3 s per document the first time) or proxy"
              + " (capitalised phrases). Default: ${DEFAULT-VALUE}.")
  EntitySource entities;

  @Option(
      names = "--entity-cache",
      paramLabel = "FILE",
      description =
          "Keep the Enricher's entities per document in FILE between runs (default: none).")
  Path entityCache;

  @Option(
      names = "--scale",
      split = ",",
      arity = "0..*",
      fallbackValue = "10000,100000",
      description = "Run the scale benchmark on synthetic corpora of these sizes instead.")
  List<Integer> scale;

  /** Reads {@code enricher} or {@code proxy}, in any case. */
  static final class EntitySourceConverter implements CommandLine.ITypeConverter<EntitySource> {
    @Override
    public EntitySource convert(String value) {
      return EntitySource.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
  }

  @Override
  public Integer call() {
    return runOn(bench, this::run);
  }

  private String run() throws IOException {
    if (scale != null && !scale.isEmpty()) {
      return new ScaleBench(err()).run(scale).render();
    }
    MiniLmEmbedder embedder = noEmbeddings ? null : MiniLmEmbedder.load(MiniLmEmbedder.Device.AUTO);
    try {
      return new StoriesBench(bench.dir(), embedder, cache, entities, entityCache, err())
          .run()
          .render();
    } finally {
      if (embedder != null) {
        embedder.close();
      }
    }
  }
}
