/**
 * The {@link org.parallax.core.embed.Embedder} interface: sentence embeddings as plain float
 * vectors, so that stages that compare meaning (grouping, claim alignment, similar-article search)
 * do not depend on the module that runs the model.
 */
package org.parallax.core.embed;
