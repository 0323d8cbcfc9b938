package org.parallax.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link ParallaxServer} runs.
 *
 * @param host the address to bind, {@code 127.0.0.1} unless the user chose otherwise
 * @param port the port, {@code 0} for any free one (tests)
 * @param corpusDir the corpus directory, which also holds the token file
 * @param openReads whether read endpoints answer clients other than loopback ones
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param maxPageSize the largest {@code limit} a list endpoint accepts
 */
public record ServerConfig(
    String host, int port, Path corpusDir, boolean openReads, long maxBodyBytes, int maxPageSize) {

  /** The default address. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  /** The default body limit: 32 MiB. */
  public static final long DEFAULT_MAX_BODY = 32L * 1024 * 1024;

  /** The default page size cap. */
  public static final int DEFAULT_MAX_PAGE = 200;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(corpusDir, "corpusDir");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("bad port " + port);
    }
    if (maxBodyBytes < 1 || maxPageSize < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Loopback, the given port and corpus, default limits. */
  public static ServerConfig local(int port, Path corpusDir) {
    return new ServerConfig(LOOPBACK, port, corpusDir, false, DEFAULT_MAX_BODY, DEFAULT_MAX_PAGE);
  }

  /** This configuration with another body limit. */
  public ServerConfig withMaxBodyBytes(long bytes) {
    return new ServerConfig(host, port, corpusDir, openReads, bytes, maxPageSize);
  }

  /** This configuration with read endpoints open to every client, or not. */
  public ServerConfig withOpenReads(boolean open) {
    return new ServerConfig(host, port, corpusDir, open, maxBodyBytes, maxPageSize);
  }

  /** This configuration bound to another address. */
  public ServerConfig withHost(String address) {
    return new ServerConfig(address, port, corpusDir, openReads, maxBodyBytes, maxPageSize);
  }
}
