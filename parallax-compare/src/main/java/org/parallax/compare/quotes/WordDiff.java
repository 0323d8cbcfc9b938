package org.parallax.compare.quotes;

import java.util.ArrayList;
import java.util.List;
import org.parallax.compare.text.Token;
import org.parallax.compare.text.Tokens;
import org.parallax.core.compare.DiffOp;

/** A word-level diff (longest common subsequence over lower-cased words). Thread-safe. */
public final class WordDiff {

  private WordDiff() {}

  /**
   * The runs that turn {@code reference} into {@code version}: {@code same} words, words {@code
   * removed} from the reference and words {@code added} by the version. Empty when the two have the
   * same words.
   */
  public static List<DiffOp> diff(String reference, String version) {
    List<Token> a = Tokens.of(reference);
    List<Token> b = Tokens.of(version);
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).norm().equals(b.get(j).norm())
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<DiffOp> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    boolean changed = false;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).norm().equals(b.get(j).norm())) {
        add(out, DiffOp.Op.SAME, b.get(j).text());
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        add(out, DiffOp.Op.ADDED, b.get(j).text());
        changed = true;
        j++;
      } else {
        add(out, DiffOp.Op.REMOVED, a.get(i).text());
        changed = true;
        i++;
      }
    }
    return changed ? List.copyOf(out) : List.of();
  }

  private static void add(List<DiffOp> out, DiffOp.Op op, String word) {
    if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
      DiffOp last = out.remove(out.size() - 1);
      out.add(new DiffOp(op, last.text() + " " + word));
    } else {
      out.add(new DiffOp(op, word));
    }
  }
}
