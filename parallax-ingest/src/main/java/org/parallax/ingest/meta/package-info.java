/**
 * Metadata: the {@link org.parallax.ingest.meta.Content} that a cleaner reads out of an item, dates
 * in every form news uses ({@link org.parallax.ingest.meta.Dates}), and the {@link
 * org.parallax.ingest.meta.ArticleAssembler} that merges container hints, the content's own
 * metadata and the source registry into an {@link org.parallax.core.model.Article}.
 */
package org.parallax.ingest.meta;
