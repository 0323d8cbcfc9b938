package org.parallax.bench.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.nlp.NlpDoc;

/**
 * Cross-document canonical-id accuracy over the gold entities named in two or more documents.
 *
 * @param entities gold cross-document entities
 * @param mentions their proper-name mentions
 * @param found mentions that Parallax found (overlapping one of its mentions)
 * @param oneId entities all of whose mentions were found and got one Parallax id
 * @param oneIdOfFound entities whose found mentions (at least one per two documents) got one id
 * @param exclusive {@code oneId} entities whose id no other gold entity's mentions got
 * @param examples a few wrong entities: gold name and the ids Parallax gave
 */
record CrossDocScore(
    int entities,
    int mentions,
    int found,
    int oneId,
    int oneIdOfFound,
    int exclusive,
    List<String> examples) {

  static CrossDocScore of(List<GoldDoc> docs, List<List<NlpDoc.Mention>> predicted) {
    Map<String, Set<String>> docsOf = new HashMap<>();
    Map<String, List<String>> idsOf = new HashMap<>();
    Map<String, Integer> missedOf = new HashMap<>();
    Map<String, String> nameOf = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      GoldDoc doc = docs.get(d);
      String text = String.join("\n\n", doc.paragraphs());
      for (GoldMention g : doc.mentions()) {
        docsOf.computeIfAbsent(g.entity(), k -> new HashSet<>()).add(doc.id());
        nameOf.putIfAbsent(g.entity(), text.substring(g.start(), g.end()));
        String id = idAt(predicted.get(d), g);
        if (id == null) {
          missedOf.merge(g.entity(), 1, Integer::sum);
        } else {
          idsOf.computeIfAbsent(g.entity(), k -> new ArrayList<>()).add(id);
        }
      }
    }
    Map<String, Set<String>> entitiesOfId = new HashMap<>();
    idsOf.forEach(
        (e, ids) ->
            ids.forEach(id -> entitiesOfId.computeIfAbsent(id, k -> new HashSet<>()).add(e)));
    int entities = 0;
    int mentions = 0;
    int found = 0;
    int oneId = 0;
    int oneIdOfFound = 0;
    int exclusive = 0;
    List<String> examples = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : docsOf.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      entities++;
      List<String> ids = idsOf.getOrDefault(e.getKey(), List.of());
      int missed = missedOf.getOrDefault(e.getKey(), 0);
      mentions += ids.size() + missed;
      found += ids.size();
      Set<String> distinct = new HashSet<>(ids);
      if (distinct.size() == 1) {
        oneIdOfFound++;
        if (missed == 0) {
          oneId++;
          if (entitiesOfId.get(ids.get(0)).size() == 1) {
            exclusive++;
          }
        }
      }
      if ((distinct.size() != 1 || missed > 0) && examples.size() < 8) {
        examples.add(
            nameOf.get(e.getKey())
                + " -> "
                + distinct
                + (missed > 0 ? " (" + missed + " missed)" : ""));
      }
    }
    return new CrossDocScore(entities, mentions, found, oneId, oneIdOfFound, exclusive, examples);
  }

  /** The id of the Parallax mention that best overlaps {@code g}, or {@code null}. */
  private static String idAt(List<NlpDoc.Mention> mentions, GoldMention g) {
    String best = null;
    int bestOverlap = 0;
    for (NlpDoc.Mention m : mentions) {
      int overlap = Math.min(m.end(), g.end()) - Math.max(m.start(), g.start());
      if (overlap > bestOverlap && m.entityId() != null) {
        best = m.entityId();
        bestOverlap = overlap;
      }
    }
    return best;
  }
}
