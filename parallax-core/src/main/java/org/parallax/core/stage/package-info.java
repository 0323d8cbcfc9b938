/** The {@link org.parallax.core.stage.Stage} interface that every pipeline step implements. */
package org.parallax.core.stage;
