package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.parallax.core.embed.Embedder;
import org.parallax.core.model.Article;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Problem;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.group.embed.MiniLmEmbedder;
import org.parallax.ingest.IngestSink;
import org.parallax.ingest.IngestSummary;
import org.parallax.ingest.Ingestor;
import org.parallax.nlp.Enricher;
import org.parallax.server.ParallaxServer;
import org.parallax.server.ReadOnlyCorpus;
import org.parallax.server.ServerConfig;
import org.parallax.server.Services;
import org.parallax.server.api.Api;
import org.parallax.server.api.RouteGroup;
import org.parallax.server.grouping.StoredStoryEditor;
import org.parallax.server.intake.IngestorIntake;
import org.parallax.server.load.AnalysisLoader;
import org.parallax.server.security.AccessToken;
import org.parallax.store.Corpus;
import org.parallax.store.CorpusConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax serve}: the local web app and REST API over a corpus directory. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web app and the REST API (OpenAPI at /openapi.json) over a corpus.",
      "Binds to 127.0.0.1. Write endpoints need the bearer token kept in CORPUS/server.token,",
      "printed on the first start. --demo serves the bundled examples from a temporary corpus."
    })
public final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final CountDownLatch stopped = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile String url;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--corpus",
      defaultValue = "parallax-data",
      paramLabel = "DIR",
      description = "Corpus directory (default: ${DEFAULT-VALUE}).")
  Path corpusDir;

  @Option(
      names = "--host",
      defaultValue = ServerConfig.LOOPBACK,
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--open-reads",
      description = "Answer read endpoints for every client, not only loopback ones.")
  boolean openReads;

  @Option(
      names = "--max-body-mb",
      defaultValue = "32",
      description = "Largest request body in MiB (default: ${DEFAULT-VALUE}).")
  long maxBodyMb;

  @Option(
      names = "--enrich",
      description =
          "Run articles posted to /api/articles through the NLP enrichment (entities, quotes,"
              + " times) before storing them; loads the models on the first post.")
  boolean enrich;

  @Option(
      names = "--load",
      paramLabel = "DIR",
      description =
          "Load a parallax analyze output directory (articles, syndication, stories,"
              + " comparisons) into the corpus before serving.")
  Path load;

  @Option(
      names = "--demo",
      description =
          "Analyze the bundled examples ($PARALLAX_HOME/examples or ./examples) into a temporary"
              + " corpus and serve it (ingest only when the analyze command is not available).")
  boolean demo;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxBodyMb < 1 || port < 0 || port > 65_535) {
      err.println("parallax serve: --port must be 0..65535 and --max-body-mb at least 1");
      return ExitCodes.FAILURE;
    }
    Path dir = demo ? Files.createTempDirectory("parallax-demo") : corpusDir;
    SourceRegistry registry = SourceRegistry.defaults();
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(MiniLmEmbedder.Device.AUTO);
        Corpus corpus = open(dir, embedder, err)) {
      if (demo && !demoData(corpus, dir, registry, out, err)) {
        return ExitCodes.FAILURE;
      }
      if (load != null && corpus.readOnly()) {
        err.println("parallax serve: cannot --load into a corpus that another process writes");
        return ExitCodes.FAILURE;
      }
      if (load != null && !loadAnalysis(load, corpus, out, err)) {
        return ExitCodes.FAILURE;
      }
      AccessToken token = AccessToken.loadOrCreate(dir);
      boolean ro = corpus.readOnly();
      Services services =
          new Services(
              corpus,
              registry,
              ro
                  ? ReadOnlyCorpus.intake()
                  : new IngestorIntake(Ingestor.create(registry), corpus, enrichment()),
              ro ? ReadOnlyCorpus.grouping() : new StoredStoryEditor(corpus));
      ServerConfig config =
          new ServerConfig(
              host, port, dir, openReads, maxBodyMb * 1024 * 1024, ServerConfig.DEFAULT_MAX_PAGE);
      List<RouteGroup> routes = new ArrayList<>();
      if (ro) {
        routes.add(ReadOnlyCorpus.refresher(corpus));
      }
      routes.addAll(Api.routes(services, config));
      try (ParallaxServer server = ParallaxServer.start(config, token, routes)) {
        announce(server, token, corpus, dir, out);
        awaitShutdown(server);
      }
    } finally {
      if (demo) {
        deleteTree(dir);
      }
      closed.countDown();
    }
    return ExitCodes.OK;
  }

  /**
   * The corpus in {@code dir} for writing; read-only (writes refused, new commits picked up) when
   * another process holds the write lock, e.g. an ingest running beside the server.
   */
  private static Corpus open(Path dir, Embedder embedder, PrintWriter err) throws IOException {
    try {
      return Corpus.open(dir, CorpusConfig.defaults().withEmbedder(embedder));
    } catch (IOException e) {
      if (!Files.isDirectory(dir.resolve(Corpus.INDEX_DIR))
          || e.getCause() == null
          || !e.getMessage().contains("another process")) {
        throw e;
      }
      err.println(
          "parallax serve: another process is writing to "
              + dir
              + "; serving it read-only (writes answer 409) and picking up its commits");
      return Corpus.open(dir, CorpusConfig.defaults().withEmbedder(embedder).asReadOnly());
    }
  }

  /** The enrichment of posted batches: the Enricher when asked for, else none. */
  private UnaryOperator<List<Article>> enrichment() {
    if (!enrich) {
      return UnaryOperator.identity();
    }
    // An article the enricher rejects is stored as ingested: nothing is lost.
    return batch ->
        batch.stream()
            .map(a -> Enricher.shared().apply(a) instanceof Outcome.Ok<Article> ok ? ok.value() : a)
            .toList();
  }

  private void announce(
      ParallaxServer server, AccessToken token, Corpus corpus, Path dir, PrintWriter out) {
    out.println(
        "Parallax is serving "
            + corpus.articleCount()
            + " articles from "
            + dir.toAbsolutePath().normalize()
            + " at "
            + server.baseUrl()
            + "/");
    out.println("API description: " + server.baseUrl() + "/openapi.json");
    if (token.created()) {
      out.println("Write token (shown once; kept in " + token.file() + "): " + token.value());
    } else {
      out.println("Write token: in " + token.file());
    }
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }

  /** Stops a running {@code serve} (the shutdown hook does this on Ctrl-C). */
  void stop() {
    stopped.countDown();
  }

  /** The base URL once the server listens, else {@code null}; for tests. */
  String url() {
    return url;
  }

  private void awaitShutdown(ParallaxServer server) throws InterruptedException {
    url = server.baseUrl();
    Thread hook =
        new Thread(
            () -> {
              stopped.countDown();
              try {
                // let the serving thread close the server and the corpus before the JVM halts
                closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "parallax-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    stopped.await();
    url = null;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is exiting: the server is closed by the caller's try-with-resources
    }
  }

  private static boolean loadAnalysis(Path from, Corpus corpus, PrintWriter out, PrintWriter err)
      throws IOException {
    if (!Files.isDirectory(from)) {
      err.println("parallax serve: no analysis directory at " + from.toAbsolutePath());
      return false;
    }
    AnalysisLoader.Loaded l = AnalysisLoader.load(from, corpus);
    l.problems().forEach(p -> err.println("parallax serve: " + p.describe()));
    out.println(
        "Loaded "
            + l.articles()
            + " articles, "
            + l.families()
            + " syndication families, "
            + l.stories()
            + " stories and "
            + l.comparisons()
            + " comparisons from "
            + from);
    return true;
  }

  private boolean demoData(
      Corpus corpus, Path dir, SourceRegistry registry, PrintWriter out, PrintWriter err)
      throws IOException {
    Path examples = DemoCommand.examplesDir(System.getenv(DemoCommand.HOME));
    if (!Files.isDirectory(examples)) {
      err.println("parallax serve: no examples directory at " + examples.toAbsolutePath());
      err.flush();
      return false;
    }
    CommandLine analyze = spec.root().subcommands().get("analyze");
    if (analyze != null) {
      Path analysis = dir.resolve("analysis");
      out.println("Demo: analyzing the examples in " + examples + " (loads the NLP models) …");
      out.flush();
      int code = analyze.execute(examples.toString(), "--out", analysis.toString());
      if (code == ExitCodes.OK || code == ExitCodes.REJECTS) {
        return loadAnalysis(analysis, corpus, out, err);
      }
      err.println("parallax serve: analyze failed (exit " + code + "); serving the ingest only");
    }
    return ingestExamples(corpus, examples, registry, out, err);
  }

  private static boolean ingestExamples(
      Corpus corpus, Path examples, SourceRegistry registry, PrintWriter out, PrintWriter err) {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    IngestSummary summary =
        Ingestor.create(registry)
            .ingest(List.of(examples.toString()), IngestSink.of(articles::add, problems::add));
    corpus.add(articles);
    problems.forEach(p -> err.println("parallax serve: " + p.describe()));
    out.println(
        "Demo: ingested " + summary.articles() + " articles from " + examples + " (ingest only).");
    return true;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
