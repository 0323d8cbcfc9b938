package org.parallax.server.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.parallax.server.http.ApiException;

/**
 * A request body stream that fails with a 413 {@link ApiException} once more than {@code limit}
 * bytes have been read, for bodies sent without a {@code Content-Length}.
 */
public final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private long count;

  public LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    add(skipped);
    return skipped;
  }

  private void add(long n) {
    count += n;
    if (count > limit) {
      throw new ApiException(413, "request body over " + limit + " bytes");
    }
  }
}
