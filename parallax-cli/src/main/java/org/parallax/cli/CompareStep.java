package org.parallax.cli;

import java.io.IOException;
import org.parallax.group.embed.MiniLmEmbedder;

/**
 * The {@code analyze} step that compares each story's outlets: {@code DIR/comparisons.jsonl} and
 * the static report {@code DIR/report/index.html}.
 */
final class CompareStep implements AnalyzeStep {

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public int run(AnalyzeContext context) throws IOException {
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(MiniLmEmbedder.Device.AUTO)) {
      CompareRunner.run(
          context.outDir(), context.registry(), embedder, context.out(), context.err());
      return ExitCodes.OK;
    }
  }
}
