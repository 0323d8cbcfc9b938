package org.parallax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code parallax} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for tests that want to capture its output. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ParallaxCommand());
    cl.setUsageHelpAutoWidth(true);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine cmd = ex.getCommandLine();
          PrintWriter err = cmd.getErr();
          err.println("parallax: " + ex.getMessage());
          if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
          }
          return ExitCodes.FAILURE;
        });
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          cmd.getErr().println("parallax: " + ex.getMessage());
          if (System.getenv("PARALLAX_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
          }
          return ExitCodes.FAILURE;
        });
    return cl;
  }
}
