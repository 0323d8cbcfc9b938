package org.parallax.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parallax.core.model.Entity;
import org.parallax.nlp.NlpDoc;

/**
 * Turns one article's mentions into entities with canonical ids: merges tagger mentions with
 * alias-table hits, resolves every mention to an id (alias table, within-article person
 * coreference, cleaned text) and groups mentions by id. Thread-safe.
 */
public final class EntityResolver {

  private static final Pattern LOCATIVE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:in|at|near|outside|inside|around|across|throughout|into|capital|city|streets"
              + " of|city of)\\s+(?:the\\s+)?(?:(?:north korean|chinese|russian|us|american)\\s+)?"
              + "(?:capital\\s+|city\\s+(?:of\\s+)?)?$");
  private static final Pattern TITLE_FRAGMENT_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:secretary|minister|ministry|department)\\s+(?:of|for)\\s+(?:the\\s+)?$");
  private static final Pattern TITLE_FRAGMENT_AFTER =
      Pattern.compile("^\\s+(?:Secretary|Minister|secretary|minister)\\b");

  private final AliasTable aliases;
  private final AliasScanner scanner;

  /** A resolver over {@code aliases}. */
  public EntityResolver(AliasTable aliases) {
    this.aliases = aliases;
    this.scanner = new AliasScanner(aliases);
  }

  /**
   * The entities of one article.
   *
   * @param text the article text
   * @param title the article title (for salience), or {@code null}
   * @param tokens the article's tokens (for the alias scan)
   * @param tagged the tagger's mentions
   */
  public Resolution resolve(
      String text, String title, List<NlpDoc.Token> tokens, List<Candidate> tagged) {
    List<Candidate> candidates = merge(tagged, scanner.scan(text, tokens), aliases);
    candidates.removeIf(c -> titleFragment(text, c));
    List<Resolved> resolved = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      resolved.add(resolveOne(text, c));
    }
    PersonLinker.link(resolved, aliases);
    OrgLinker.link(resolved);
    return Grouping.group(text, title, resolved);
  }

  /**
   * {@code body} plus the entities named only outside the text: in captions ({@code fromCaptions},
   * resolved on the caption texts), as authors (persons) and as outlets (publisher,
   * syndicated-from). Those get no mentions (their names are not in {@code text}) and a salience of
   * zero mentions at position -1.
   */
  public List<Entity> withSideEntities(
      List<Entity> body,
      List<Entity> fromCaptions,
      List<String> authors,
      List<String> outlets,
      String title) {
    java.util.Map<String, Entity> byId = new java.util.LinkedHashMap<>();
    body.forEach(e -> byId.put(e.id(), e));
    for (Entity e : fromCaptions) {
      byId.putIfAbsent(e.id(), side(e.id(), e.type(), title));
    }
    for (String author : authors) {
      String name = Names.personName(author);
      String id = aliases.lookup(name).map(Alias::id).orElse(name);
      if (!id.isBlank()) {
        byId.putIfAbsent(id, side(id, "PERSON", title));
      }
    }
    for (String outlet : outlets) {
      if (outlet == null || outlet.isBlank()) {
        continue;
      }
      String name = Names.normalizeSpace(outlet);
      Optional<Alias> a = aliases.lookup(name);
      String id = a.map(Alias::id).orElse(name);
      byId.putIfAbsent(id, side(id, a.map(Alias::type).orElse("ORGANIZATION"), title));
    }
    return List.copyOf(byId.values());
  }

  private static Entity side(String id, String type, String title) {
    boolean inTitle = title != null && Names.normalizeSpace(title).contains(id);
    return new Entity(
        id, id, type, List.of(), new org.parallax.core.model.Salience(0, -1, inTitle));
  }

  /** Tagger mentions and alias hits without overlaps; hits replace mis-bounded tagger mentions. */
  static List<Candidate> merge(List<Candidate> tagged, List<Candidate> hits, AliasTable aliases) {
    List<Candidate> keptTagged = new ArrayList<>();
    for (Candidate t : tagged) {
      boolean drop = false;
      for (Candidate h : hits) {
        if (!t.overlaps(h) || t.contains(h) && !h.contains(t)) {
          continue;
        }
        boolean crossing = !h.contains(t);
        boolean taggedIsAlias =
            t.alias() != null || aliases.lookup(Names.thingName(t.text())).isPresent();
        drop = !crossing || !taggedIsAlias;
        if (drop) {
          break;
        }
      }
      if (!drop) {
        keptTagged.add(t);
      }
    }
    List<Candidate> out = new ArrayList<>(keptTagged);
    for (Candidate h : hits) {
      if (keptTagged.stream().noneMatch(h::overlaps)) {
        out.add(h);
      }
    }
    out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    List<Candidate> dedup = new ArrayList<>(out.size());
    for (Candidate c : out) {
      if (dedup.isEmpty() || !dedup.get(dedup.size() - 1).overlaps(c)) {
        dedup.add(c);
      }
    }
    return dedup;
  }

  private static boolean titleFragment(String text, Candidate c) {
    if (c.alias() != null || c.text().contains(" ")) {
      return false;
    }
    String before = text.substring(Math.max(0, c.start() - 30), c.start());
    String after = text.substring(c.end(), Math.min(text.length(), c.end() + 15));
    return TITLE_FRAGMENT_BEFORE.matcher(before).find()
        || TITLE_FRAGMENT_AFTER.matcher(after).find();
  }

  private Resolved resolveOne(String text, Candidate c) {
    boolean person = "PERSON".equals(c.type()) && c.alias() == null;
    boolean org = "ORGANIZATION".equals(c.type()) && c.alias() == null;
    String name =
        person
            ? Names.personName(c.text())
            : org ? Names.orgName(c.text()) : Names.thingName(c.text());
    Optional<Alias> alias = c.alias() != null ? Optional.of(c.alias()) : aliases.lookup(name);
    if (alias.isPresent() && alias.get().kind() == Alias.Kind.SURNAME) {
      // decided later by PersonLinker: a full name in the article wins over the table
      return new Resolved(c, name, name, "PERSON", alias.get());
    }
    if (alias.isPresent()) {
      Alias a = alias.get();
      if (a.kind() == Alias.Kind.METONYM && locative(text, c.start())) {
        return new Resolved(c, name, name, "LOCATION", null);
      }
      Resolved r = new Resolved(c, name, a.id(), a.type(), null);
      if (a.kind() == Alias.Kind.DEMONYM) {
        r.mentionType = "NATIONALITY"; // "American" names the country but is not a place name
      }
      r.aliased = true;
      return r;
    }
    return new Resolved(c, name, name, entityType(c.type()), null);
  }

  static boolean locative(String text, int start) {
    String before = text.substring(Math.max(0, start - 40), start);
    return LOCATIVE_BEFORE.matcher(before).find();
  }

  static String entityType(String taggerType) {
    return switch (taggerType) {
      case "CITY", "STATE_OR_PROVINCE", "LOCATION" -> "LOCATION";
      case "PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY" -> taggerType;
      default -> "MISC";
    };
  }

  /** The entities of one article and the canonical id of every mention. */
  public record Resolution(List<Entity> entities, List<NlpDoc.Mention> mentions) {
    public Resolution {
      entities = List.copyOf(entities);
      mentions = List.copyOf(mentions);
    }
  }

  /** A candidate with its name, canonical id and type; {@code surname} when still to be linked. */
  static final class Resolved {
    final Candidate candidate;
    final String name;
    String id;
    String type;
    String mentionType;
    Alias surname;
    boolean aliased;

    Resolved(Candidate candidate, String name, String id, String type, Alias surname) {
      this.candidate = candidate;
      this.name = name;
      this.id = id;
      this.type = type;
      this.surname = surname;
      this.mentionType = type;
    }

    /** The type of this mention itself (a demonym is a NATIONALITY of a COUNTRY entity). */
    String mentionType() {
      return "NATIONALITY".equals(mentionType) ? mentionType : type;
    }
  }
}
