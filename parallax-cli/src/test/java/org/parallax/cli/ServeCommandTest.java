package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parallax serve} on port 0: it serves the API, makes the token once and stops cleanly. */
class ServeCommandTest {

  @TempDir Path tmp;

  @Test
  void servesTheCorpusAndPrintsTheTokenOnce() throws Exception {
    Path corpus = tmp.resolve("corpus");
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
    AtomicInteger code = new AtomicInteger(-1);
    Thread t =
        new Thread(
            () -> code.set(cl.execute("serve", "--port", "0", "--corpus", corpus.toString())));
    t.start();
    long end = System.nanoTime() + 60_000_000_000L;
    while (serve.url() == null && t.isAlive() && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    String url = serve.url();
    assertTrue(url != null && url.startsWith("http://127.0.0.1:"), String.valueOf(url));
    HttpResponse<String> info =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "/api/info")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, info.statusCode());
    assertTrue(info.body().contains("\"articles\":0"), info.body());
    serve.stop();
    t.join(30_000);
    assertEquals(ExitCodes.OK, code.get());
    String token = Files.readString(corpus.resolve("server.token"), StandardCharsets.UTF_8).strip();
    assertTrue(out.toString().contains("Write token (shown once"));
    assertTrue(out.toString().contains(token));
  }
}
