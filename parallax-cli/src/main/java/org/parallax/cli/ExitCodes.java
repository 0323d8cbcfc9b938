package org.parallax.cli;

/** The exit codes of every {@code parallax} command. */
public final class ExitCodes {

  /** Every item became an article (or the command succeeded). */
  public static final int OK = 0;

  /** Usage error, or nothing could be read at all. */
  public static final int FAILURE = 1;

  /** The run finished, and some items ended in the rejects file. */
  public static final int REJECTS = 2;

  private ExitCodes() {}
}
