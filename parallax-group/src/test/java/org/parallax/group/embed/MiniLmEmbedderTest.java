package org.parallax.group.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.embed.Embedder;

class MiniLmEmbedderTest {

  private static final List<String> SENTENCES =
      List.of(
          "Angry that Beijing had supported the UN sanctions, Pyongyang signalled its displeasure.",
          "Sanctions won't break Pyongyang, but it does want some distance from Beijing.",
          "The Biden administration completed its review of North Korea policy.",
          "A magnitude 6.1 earthquake struck the Indonesian province of Aceh on Tuesday.");

  private static MiniLmEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = MiniLmEmbedder.load(MiniLmEmbedder.Device.CPU);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void agreesWithLangChain4jWithinTolerance() {
    AllMiniLmL6V2EmbeddingModel reference = new AllMiniLmL6V2EmbeddingModel();
    for (String s : SENTENCES) {
      float[] ours = embedder.embed(s);
      float[] theirs = reference.embed(s).content().vector();
      assertEquals(384, ours.length);
      double cos = Embedder.cosine(ours, theirs);
      assertTrue(cos > 0.9999, "cosine to langchain4j's vector was " + cos + " for " + s);
    }
  }

  @Test
  void vectorsAreNormalisedAndMeaningful() {
    float[] a = embedder.embed(SENTENCES.get(0));
    float[] b = embedder.embed(SENTENCES.get(1));
    float[] quake = embedder.embed(SENTENCES.get(3));
    assertEquals(1.0, Embedder.cosine(a, a), 1e-4);
    assertTrue(Embedder.cosine(a, b) > Embedder.cosine(a, quake));
  }

  @Test
  void runsOnTheCpuWhenAskedTo() {
    assertEquals("CPU", embedder.provider());
  }
}
