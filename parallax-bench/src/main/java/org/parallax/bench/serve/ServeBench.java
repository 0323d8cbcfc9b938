package org.parallax.bench.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.parallax.bench.serve.RequestMix.Kind;
import org.parallax.bench.table.Table;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.server.ParallaxServer;
import org.parallax.server.ServerConfig;
import org.parallax.server.Services;
import org.parallax.server.grouping.StoredStoryEditor;
import org.parallax.server.security.AccessToken;
import org.parallax.store.Corpus;

/**
 * Builds a generated corpus, serves it on 127.0.0.1 (port 0), and sends a fixed number of GET
 * requests from a fixed number of client threads, each waiting for its answer before the next (a
 * closed loop): throughput is what the server sustains at that concurrency. A warm-up of a tenth of
 * the requests is not counted. The run stops after {@code requests} or {@code maxSeconds},
 * whichever comes first.
 */
public final class ServeBench {

  /**
   * What to run.
   *
   * @param articles generated articles in the corpus
   * @param clients concurrent client threads
   * @param requests timed requests in all
   * @param maxSeconds time limit of the timed phase
   * @param seed seed of the corpus and the request mix
   */
  public record Options(int articles, int clients, int requests, int maxSeconds, long seed) {}

  private final Options options;
  private final PrintWriter log;

  public ServeBench(Options options, PrintWriter log) {
    this.options = options;
    this.log = log;
  }

  /** Runs the benchmark and returns its tables: the setup, then latency per request kind. */
  public List<Table> run() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("parallax-bench-serve");
    try (Corpus corpus = Corpus.open(dir)) {
      GeneratedCorpus gen = new GeneratedCorpus(options.seed());
      log.println("bench serve: generating " + options.articles() + " articles …");
      log.flush();
      long t0 = System.nanoTime();
      gen.fill(corpus, options.articles(), 1000);
      double buildSeconds = (System.nanoTime() - t0) / 1e9;
      Services services =
          new Services(
              corpus,
              SourceRegistry.defaults(),
              (in, source) -> {
                throw new IOException("this benchmark sends no writes");
              },
              new StoredStoryEditor(corpus));
      AccessToken token = AccessToken.loadOrCreate(dir);
      try (ParallaxServer server =
          ParallaxServer.start(ServerConfig.local(0, dir), token, services)) {
        RequestMix mix = new RequestMix(gen, options.articles());
        log.println("bench serve: warming up …");
        log.flush();
        load(server, mix, Math.max(100, options.requests() / 10), options.seed() + 1);
        log.println(
            "bench serve: "
                + options.requests()
                + " requests from "
                + options.clients()
                + " clients …");
        log.flush();
        long start = System.nanoTime();
        Map<Kind, LoadResult> results = load(server, mix, options.requests(), options.seed() + 2);
        double wall = (System.nanoTime() - start) / 1e9;
        return List.of(setupTable(buildSeconds, results, wall), latencyTable(results, wall));
      }
    } finally {
      deleteTree(dir);
    }
  }

  private Map<Kind, LoadResult> load(ParallaxServer server, RequestMix mix, int total, long seed)
      throws InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String base = server.baseUrl();
    AtomicLong next = new AtomicLong();
    long deadline = System.nanoTime() + options.maxSeconds() * 1_000_000_000L;
    List<Worker> workers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < options.clients(); c++) {
      Worker w =
          new Worker(http, base, mix, new SplittableRandom(seed * 1000 + c), next, total, deadline);
      workers.add(w);
      Thread t = new Thread(w, "bench-serve-client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    Map<Kind, LoadResult> out = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      List<long[]> parts = new ArrayList<>();
      int n = 0;
      long errors = 0;
      for (Worker w : workers) {
        parts.add(w.latencies(k));
        n += w.count(k);
        errors += w.errors(k);
      }
      long[] all = new long[n];
      int at = 0;
      for (int i = 0; i < workers.size(); i++) {
        int c = workers.get(i).count(k);
        System.arraycopy(parts.get(i), 0, all, at, c);
        at += c;
      }
      out.put(k, LoadResult.of(all, n, errors));
    }
    return out;
  }

  private Table setupTable(double buildSeconds, Map<Kind, LoadResult> results, double wall) {
    long requests = results.values().stream().mapToLong(LoadResult::requests).sum();
    long errors = results.values().stream().mapToLong(LoadResult::errors).sum();
    return Table.of(
            "articles",
            "build (s)",
            "articles/s into store",
            "clients",
            "requests",
            "errors",
            "wall (s)",
            "requests/s")
        .row(
            Integer.toString(options.articles()),
            Table.number(buildSeconds, 1),
            Table.number(options.articles() / buildSeconds, 0),
            Integer.toString(options.clients()),
            Long.toString(requests),
            Long.toString(errors),
            Table.number(wall, 1),
            Table.number(requests / wall, 0));
  }

  private static Table latencyTable(Map<Kind, LoadResult> results, double wall) {
    Table t =
        Table.of("request", "share", "count", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms");
    List<Long> all = new ArrayList<>();
    long errors = 0;
    for (Kind k : Kind.values()) {
      LoadResult r = results.get(k);
      t.row(
          k.label,
          k.share + "%",
          Long.toString(r.requests()),
          Long.toString(r.errors()),
          Table.number(r.requests() / wall, 0),
          Table.number(r.percentileMs(50), 2),
          Table.number(r.percentileMs(95), 2),
          Table.number(r.percentileMs(99), 2));
      for (long l : r.latencies()) {
        all.add(l);
      }
      errors += r.errors();
    }
    long[] merged = all.stream().mapToLong(Long::longValue).toArray();
    LoadResult r = LoadResult.of(merged, merged.length, errors);
    t.row(
        "all",
        "100%",
        Long.toString(r.requests()),
        Long.toString(errors),
        Table.number(r.requests() / wall, 0),
        Table.number(r.percentileMs(50), 2),
        Table.number(r.percentileMs(95), 2),
        Table.number(r.percentileMs(99), 2));
    return t;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** One client: sends requests one after another until the shared count or the time runs out. */
  private static final class Worker implements Runnable {
    private final HttpClient http;
    private final String base;
    private final RequestMix mix;
    private final SplittableRandom random;
    private final AtomicLong next;
    private final long total;
    private final long deadline;
    private final Map<Kind, long[]> latencies = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private final Map<Kind, Long> errors = new EnumMap<>(Kind.class);

    Worker(
        HttpClient http,
        String base,
        RequestMix mix,
        SplittableRandom random,
        AtomicLong next,
        long total,
        long deadline) {
      this.http = http;
      this.base = base;
      this.mix = mix;
      this.random = random;
      this.next = next;
      this.total = total;
      this.deadline = deadline;
      for (Kind k : Kind.values()) {
        latencies.put(k, new long[64]);
        counts.put(k, 0);
        errors.put(k, 0L);
      }
    }

    @Override
    public void run() {
      while (next.getAndIncrement() < total && System.nanoTime() < deadline) {
        Kind k = mix.kind(random);
        HttpRequest req =
            HttpRequest.newBuilder(URI.create(base + mix.path(k, random))).GET().build();
        long t0 = System.nanoTime();
        boolean ok;
        try {
          HttpResponse<Void> res = http.send(req, HttpResponse.BodyHandlers.discarding());
          ok = res.statusCode() == 200;
        } catch (IOException e) {
          ok = false;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        record(k, System.nanoTime() - t0, ok);
      }
    }

    private void record(Kind k, long nanos, boolean ok) {
      int c = counts.get(k);
      long[] a = latencies.get(k);
      if (c == a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
        latencies.put(k, a);
      }
      a[c] = nanos;
      counts.put(k, c + 1);
      if (!ok) {
        errors.merge(k, 1L, Long::sum);
      }
    }

    long[] latencies(Kind k) {
      return latencies.get(k);
    }

    int count(Kind k) {
      return counts.get(k);
    }

    long errors(Kind k) {
      return errors.get(k);
    }
  }
}
