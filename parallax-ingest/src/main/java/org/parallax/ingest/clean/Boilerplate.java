package org.parallax.ingest.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises blocks that are page furniture rather than article text: share, subscribe, comment,
 * newsletter, contact, copyright and login prompts, "Read related topics" and "Related stories"
 * lists, advertisement labels, and lines that are only a link. Only short blocks (at most {@value
 * #MAX_WORDS} words) are judged, so a body paragraph that mentions a newsletter stays. Pure
 * functions; thread-safe.
 */
public final class Boilerplate {

  /** Blocks longer than this are never boilerplate. */
  public static final int MAX_WORDS = 30;

  /** Furniture that opens the block; matched with {@code lookingAt}, so it is cheap. */
  private static final Pattern AT_START =
      Pattern.compile(
          String.join(
              "|",
              "to contact\\b",
              "contact( us| the editors?| our newsroom)?\\s*:?$",
              "(please )?(share|tweet|email|print)( this( article| story| page)?| on \\w+| via \\w+)?"
                  + "\\s*:?$",
              "(subscribe|sign up|sign in|log ?in|log ?out|register|create an account)( now| here"
                  + "| today| for free| to \\w+)?\\s*[.!:]?$",
              "(subscribe|sign up) (to|for) (our|the)\\b",
              "(become a subscriber|subscribe now|subscribers? only|subscription required)\\b",
              "(add|post|leave|view|show|read|see) (your |all |the )?(\\d+ )?comments?\\b",
              "read (related|more)( topics| stories| articles| about)?\\b",
              "(related|more|recommended|popular|trending|latest)( stories| articles| coverage| news"
                  + "| content| reading| topics| links| videos?)?\\s*:?$",
              "(related|more|recommended) (stories|articles|coverage|reading|topics|links)\\b",
              "(see|read) also\\b",
              "also read\\b",
              "(copyright|©|\\(c\\))",
              "advertisement$",
              "(sponsored|promoted)( content)?$",
              "(click|tap) here\\b",
              "follow (us|me) on\\b",
              "(listen to|watch) (this|the) (article|story|video)\\b",
              "(skip to|jump to|back to) (main )?(content|top|navigation)\\b",
              "we (use|value) (cookies|your privacy)\\b",
              "(this|the) (article|story) (is|was) (available|only available) to\\b",
              "(support|donate to) (our|independent) journalism\\b",
              "(additional )?reporting by\\b[^.]*$",
              "(photo|picture|image|photograph|video)s?( credit)?\\s*:\\s*[^.]{0,60}$",
              "credit\\s*:\\s*[^.]{0,60}$",
              "getty images$",
              "(writing|editing|compiled) by\\b[^.]*$"),
          Pattern.CASE_INSENSITIVE);

  /** Furniture anywhere in the block, tried only when one of {@link #KEYWORDS} occurs. */
  private static final Pattern ANYWHERE =
      Pattern.compile(
          "\\bnewsletters?\\b|\\bjoin the (conversation|discussion|debate)\\b|\\bcommenting as\\b"
              + "|\\bdon.t have an account\\b|\\b(already a subscriber|have an account)\\b"
              + "|\\ball rights reserved\\b",
          Pattern.CASE_INSENSITIVE);

  /** Headers of related-story lists: the short link titles after them are furniture too. */
  private static final Pattern LIST_HEADER =
      Pattern.compile(
          "^(related|more|recommended|popular|trending|latest|read more|see also|also read"
              + "|more on this|more from|most read|top stories)( stories| articles| coverage"
              + "| news| content| reading| topics| links| videos?| on this story)?\\s*:?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*$");

  private static final String[] KEYWORDS = {
    "newsletter", "join the", "commenting", "account", "subscriber", "rights reserved"
  };

  private static final Pattern LINK_ONLY =
      Pattern.compile("^(https?://)?[\\w.-]+\\.[a-z]{2,}(/\\S*)?$", Pattern.CASE_INSENSITIVE);

  private Boilerplate() {}

  /** Whether {@code text} (one block, normalised) is boilerplate. */
  public static boolean isBoilerplate(String text) {
    if (text.isEmpty() || isLinkOnly(text)) {
      return true;
    }
    if (TextNormaliser.words(text) > MAX_WORDS) {
      return false;
    }
    if (AT_START.matcher(text).lookingAt()) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String k : KEYWORDS) {
      if (lower.contains(k)) {
        return ANYWHERE.matcher(text).find();
      }
    }
    return false;
  }

  /** Whether {@code text} heads a list of related stories ("Related", "Read more:"). */
  public static boolean isListHeader(String text) {
    return TextNormaliser.words(text) <= 5 && LIST_HEADER.matcher(text).matches();
  }

  /** Whether {@code text} could be an item of a related-story list: a short unfinished line. */
  public static boolean isListItem(String text) {
    return TextNormaliser.words(text) <= 16 && !SENTENCE_END.matcher(text).find();
  }

  /** Whether {@code text} is nothing but a URL or a domain with a path. */
  public static boolean isLinkOnly(String text) {
    return text.indexOf(' ') < 0 && LINK_ONLY.matcher(text).matches();
  }
}
