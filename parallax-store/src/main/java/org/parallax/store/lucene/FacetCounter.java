package org.parallax.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.parallax.store.query.Facet;
import org.parallax.store.query.FacetCount;

/**
 * Counts facet values over the matches of a query, from the sorted-set doc values of each facet
 * field. The per-reader ordinal maps are built once per reader and reused until the reader changes.
 * Thread-safe.
 */
public final class FacetCounter {

  private IndexReader reader;
  private final Map<String, StringDocValuesReaderState> states = new HashMap<>();

  /** The {@code size} most frequent values of {@code facet} among the collected hits. */
  public List<FacetCount> count(IndexReader r, FacetsCollector hits, Facet facet, int size)
      throws IOException {
    StringDocValuesReaderState state = state(r, facet.field());
    if (state == null) {
      return List.of();
    }
    FacetResult result =
        new StringValueFacetCounts(state, hits).getTopChildren(size, facet.field());
    List<FacetCount> out = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        out.add(new FacetCount(lv.label, lv.value.longValue()));
      }
    }
    return out;
  }

  private synchronized StringDocValuesReaderState state(IndexReader r, String field)
      throws IOException {
    if (r != reader) {
      reader = r;
      states.clear();
    }
    if (!states.containsKey(field)) {
      FieldInfo info = FieldInfos.getMergedFieldInfos(r).fieldInfo(field);
      boolean present = info != null && info.getDocValuesType() != DocValuesType.NONE;
      states.put(field, present ? new StringDocValuesReaderState(r, field) : null);
    }
    return states.get(field);
  }
}
