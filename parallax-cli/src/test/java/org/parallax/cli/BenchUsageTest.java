package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The usage mistakes the bench subcommands catch before any benchmark runs. */
class BenchUsageTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void searchRefusesAnEmptyCorpus() {
    assertEquals(ExitCodes.FAILURE, run("bench", "search", "--articles", "0"));
    assertEquals("--articles, --batch and --queries must be at least 1", err.toString().strip());
    assertEquals("", out.toString());
  }

  @Test
  void serveRefusesTooManyClients() {
    assertEquals(ExitCodes.FAILURE, run("bench", "serve", "--clients", "257"));
    assertTrue(err.toString().startsWith("bench serve: "), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void quotesNamesAnUnknownSetAndSystem(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("bench"));
    assertEquals(
        ExitCodes.FAILURE, run("bench", "quotes", "--data", data.toString(), "--sets", "x"));
    assertTrue(err.toString().contains("unknown set: x"), err.toString());
    assertEquals(
        ExitCodes.FAILURE, run("bench", "quotes", "--data", data.toString(), "--systems", "y"));
    assertTrue(err.toString().contains("unknown system: y"), err.toString());
  }

  @Test
  void pipelineNeedsTheGumTexts(@TempDir Path dir) {
    assertEquals(ExitCodes.FAILURE, run("bench", "pipeline", "--data", dir.toString()));
    assertTrue(err.toString().contains("no GUM news texts under"), err.toString());
  }

  @Test
  void syndicationReportsAnUnreadableSetAsBenchFailure(@TempDir Path dir) {
    assertEquals(ExitCodes.FAILURE, run("bench", "syndication", "--data", dir.toString()));
    assertTrue(err.toString().contains("bench syndication: "), err.toString());
  }

  @Test
  void claimsScoresTheAlignersDefaultFloor() {
    CommandLine cl = Main.commandLine();
    CommandLine claims = cl.getSubcommands().get("bench").getSubcommands().get("claims");
    String thresholds = claims.getCommandSpec().findOption("--thresholds").defaultValue();
    assertEquals(
        org.parallax.compare.claims.AlignmentWeights.defaults().floor(),
        Double.parseDouble(thresholds));
  }
}
