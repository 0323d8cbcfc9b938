package org.parallax.ingest.clean;

import java.util.regex.Pattern;

/**
 * Recognises figure captions: a block that ends with a photo credit ("Picture: AFP", "Photo:
 * Reuters", "(Getty Images)") or that a saved page repeated line for line (alt text followed by the
 * caption). Pure functions; thread-safe.
 */
public final class Captions {

  private static final int MAX_WORDS = 80;
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?:\\b(?:Pictures?|Photos?|Photograph|Photography|Image|Images|Illustration|Video|"
              + "Photo credit|Credit|Foto)\\s*:\\s*[^.!?]{1,80}"
              + "|\\((?:Photo|Picture|Image|Credit)s?[^)]{0,80}\\)"
              + "|\\b(?:Getty Images|via Getty|AP Photo|Reuters/[^.]{1,40}|AFP/[^.]{1,40}|EPA-EFE[^.]{0,40}))"
              + "\\s*\\.?$",
          Pattern.CASE_INSENSITIVE);

  private Captions() {}

  /** Whether the block is a caption. */
  public static boolean isCaption(Block b) {
    int words = b.words();
    if (words == 0 || words > MAX_WORDS) {
      return false;
    }
    return b.repeated() || isCreditedCaption(b.text());
  }

  /** Whether the text ends with a photo credit. */
  public static boolean isCreditedCaption(String text) {
    if (text.indexOf(':') < 0
        && text.indexOf('(') < 0
        && text.indexOf('/') < 0
        && !text.contains("Getty")
        && !text.contains("AP Photo")
        && !text.contains("EPA")) {
      return false; // every credit form has one of these: skip the regex for ordinary text
    }
    return TextNormaliser.words(text) <= MAX_WORDS && CREDIT.matcher(text).find();
  }
}
