package org.parallax.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.bench.stories.EcbDoc;
import org.parallax.bench.stories.EcbPlus;
import org.parallax.bench.table.Table;
import org.parallax.group.embed.MiniLmEmbedder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax bench embeddings}: sentences per second of the embedding model. */
@Command(
    name = "embeddings",
    mixinStandardHelpOptions = true,
    description = {
      "Embed ECB+ sentences (DATA/events/ecbplus) with all-MiniLM-L6-v2 and print sentences",
      "per second and the ONNX Runtime provider used (CUDA with the onnxruntime_gpu build and",
      "a GPU, else CPU). Prints a Markdown table."
    })
public final class BenchEmbeddingsCommand extends BenchSubcommand {

  @CommandLine.Mixin BenchData bench;

  @Option(
      names = "--sentences",
      defaultValue = "1000",
      description = "Sentences to embed (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--device",
      defaultValue = "AUTO",
      description = "AUTO, CPU or CUDA (default: ${DEFAULT-VALUE}).")
  MiniLmEmbedder.Device device;

  @Option(
      names = "--callers",
      split = ",",
      defaultValue = "1,2",
      description = "Concurrent callers to time (default: ${DEFAULT-VALUE}).")
  List<Integer> callers;

  @Override
  public Integer call() throws Exception {
    if (!bench.present(spec)) {
      return ExitCodes.FAILURE;
    }
    List<String> sentences = new ArrayList<>();
    try {
      for (EcbDoc d : EcbPlus.load(bench.dir())) {
        for (String p : d.article().paragraphs()) {
          if (p.length() >= 20 && sentences.size() < count) {
            sentences.add(p);
          }
        }
      }
    } catch (IOException e) {
      return fail(e);
    }
    long l0 = System.nanoTime();
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(device)) {
      double load = (System.nanoTime() - l0) / 1e9;
      for (int i = 0; i < Math.min(50, sentences.size()); i++) {
        embedder.embed(sentences.get(i));
      }
      Table t =
          Table.of(
              "model", "provider", "callers", "sentences", "mean chars", "load s", "sentences/s");
      double chars = sentences.stream().mapToInt(String::length).average().orElse(0);
      for (int c : callers) {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(c);
        List<Future<?>> futures = new ArrayList<>();
        for (String s : sentences) {
          futures.add(pool.submit(() -> embedder.embed(s)));
        }
        for (Future<?> f : futures) {
          f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        t.row(
            embedder.model(),
            embedder.provider(),
            Integer.toString(c),
            Integer.toString(sentences.size()),
            Table.number(chars, 0),
            Table.number(load, 1),
            Table.number(sentences.size() / secs, 1));
      }
      return print(t.render());
    }
  }
}
