/**
 * Parallax core: the immutable records that flow between stages, the {@link
 * org.parallax.core.stage.Stage} interface, typed per-document {@link
 * org.parallax.core.model.Problem}s, the JSON codec and the source registry.
 *
 * <p>This module depends on Jackson only. Every other module depends on it and on nothing of each
 * other's internals.
 */
package org.parallax.core;
