package org.parallax.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parallax.ingest.IngestProgress;

/**
 * Progress of a long ingest on standard error: a progress bar over the inputs when the console is a
 * terminal, else a plain line every {@value #LINE_SECONDS} seconds. Nothing is shown for runs
 * shorter than {@value #QUIET_SECONDS} seconds.
 */
final class Progress implements AutoCloseable {

  private static final long QUIET_SECONDS = 2;
  private static final long LINE_SECONDS = 10;

  private final boolean enabled;
  private final boolean terminal;
  private final PrintWriter err;
  private final long started = System.nanoTime();
  private long lastLine = started;
  private ProgressBar bar;

  private Progress(boolean enabled, boolean terminal, PrintWriter err) {
    this.enabled = enabled;
    this.terminal = terminal;
    this.err = err;
  }

  static Progress create(boolean enabled, PrintWriter err) {
    return new Progress(enabled, System.console() != null, err);
  }

  void update(IngestProgress p) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - started < QUIET_SECONDS * 1_000_000_000L) {
      return;
    }
    String counts =
        String.format(Locale.ROOT, "%d articles, %d rejects", p.articles(), p.rejects());
    if (terminal) {
      if (bar == null) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(p.inputsTotal())
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" inputs", 1)
                .build();
      }
      bar.maxHint(p.inputsTotal());
      bar.stepTo(p.inputsDone());
      bar.setExtraMessage(counts);
    } else if (now - lastLine >= LINE_SECONDS * 1_000_000_000L) {
      lastLine = now;
      err.printf(
          Locale.ROOT,
          "ingest: %d/%d inputs, %d items (%s), reading %s%n",
          p.inputsDone(),
          p.inputsTotal(),
          p.items(),
          counts,
          p.current());
      err.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
