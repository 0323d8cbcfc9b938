package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.core.registry.SourceRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax demo}: the pipeline on the bundled examples. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the pipeline on the bundled examples ($PARALLAX_HOME/examples when PARALLAX_HOME is",
      "set, else ./examples) and print where the output is."
    })
public final class DemoCommand implements Callable<Integer> {

  /** The environment variable that names the Parallax installation. */
  static final String HOME = "PARALLAX_HOME";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-o", "--out"},
      defaultValue = "parallax-data/demo",
      paramLabel = "DIR",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    Path examples = examplesDir(System.getenv(HOME));
    if (!Files.isDirectory(examples)) {
      cl.getErr().println("parallax: no examples directory at " + examples.toAbsolutePath());
      cl.getErr().flush();
      return ExitCodes.FAILURE;
    }
    cl.getOut().println("Analysing the examples in " + examples + " …");
    int code =
        AnalyzeCommand.run(
            new AnalyzeContext(
                List.of(examples.toString()),
                out,
                SourceRegistry.defaults(),
                2,
                cl.getOut(),
                cl.getErr()),
            AnalyzeCommand.steps());
    cl.getOut().println("Demo output: " + out.toAbsolutePath().normalize());
    Path report = out.resolve(CompareRunner.REPORT).resolve("index.html");
    if (Files.isRegularFile(report)) {
      cl.getOut().println("Report: " + report.toAbsolutePath().normalize());
    }
    cl.getOut().flush();
    return code;
  }

  /** The examples directory for a {@code PARALLAX_HOME} value (may be {@code null}). */
  static Path examplesDir(String home) {
    return home == null || home.isBlank() ? Paths.get("examples") : Paths.get(home, "examples");
  }
}
