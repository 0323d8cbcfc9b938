package org.parallax.group.embed;

/** Mean pooling over the attended tokens followed by L2 normalisation. */
final class Pooling {

  private Pooling() {}

  static float[] meanNormalised(float[][] tokens, long[] mask, long length) {
    int dim = tokens[0].length;
    double[] sum = new double[dim];
    double count = 0;
    for (int t = 0; t < length; t++) {
      if (mask[t] == 0) {
        continue;
      }
      count++;
      for (int d = 0; d < dim; d++) {
        sum[d] += tokens[t][d];
      }
    }
    double norm = 0;
    for (int d = 0; d < dim; d++) {
      sum[d] /= Math.max(count, 1);
      norm += sum[d] * sum[d];
    }
    norm = Math.sqrt(norm);
    float[] out = new float[dim];
    for (int d = 0; d < dim; d++) {
      out[d] = (float) (norm == 0 ? 0 : sum[d] / norm);
    }
    return out;
  }
}
