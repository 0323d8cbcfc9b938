/**
 * {@code parallax bench serve}: API throughput and latency of a running {@link
 * org.parallax.server.ParallaxServer} on loopback under a bounded concurrent load, over a corpus of
 * generated articles ({@link org.parallax.bench.serve.GeneratedCorpus}). The load is bounded in
 * count and time and stops by itself; it only ever targets 127.0.0.1.
 */
package org.parallax.bench.serve;
