package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class BenchDataTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "extraction",
        "quotes",
        "entities",
        "pipeline",
        "stories",
        "syndication",
        "claims",
        "embeddings"
      })
  void aMissingDataDirectoryIsAUsageFailureThatNamesThePath(String bench, @TempDir Path dir) {
    Path missing = dir.resolve("no-such-bench");
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    int code = cl.execute("bench", bench, "--data", missing.toString());
    assertEquals(ExitCodes.FAILURE, code, err.toString());
    assertTrue(err.toString().contains("no benchmark data at " + missing), err.toString());
  }
}
