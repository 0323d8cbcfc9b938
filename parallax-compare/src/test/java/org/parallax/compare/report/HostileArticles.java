package org.parallax.compare.report;

import java.util.List;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Speaker;
import org.parallax.core.model.TimeExpression;

/** Articles whose text, title, publisher and annotations carry script payloads. */
final class HostileArticles {

  static final String SCRIPT = "<script>document.title='pwned';window.pwned=1</script>";
  static final String IMG = "<img src=x onerror=\"document.title='pwned-img'\">";

  private HostileArticles() {}

  static List<Article> both() {
    return List.of(
        article("h1", "Evil <b>Daily</b> " + SCRIPT, "evil.example"),
        article("h2", "Mirror \"News\" " + IMG, "mirror.example"));
  }

  private static Article article(String id, String publisher, String domain) {
    String p1 = "The council approved the new harbour budget of 12 million on Monday. " + SCRIPT;
    String p2 = "Mayor Ann Smith said \"we will build it fast " + IMG + " and well\" to reporters.";
    Article base =
        Article.builder()
            .id(id)
            .source(id + ".txt")
            .title("Harbour budget " + SCRIPT + IMG)
            .publisher(publisher)
            .domain(domain)
            .published("2024-03-0" + (id.equals("h1") ? "4" : "5"))
            .paragraphs(List.of(p1, p2))
            .build();
    String t = base.text();
    int smith = t.indexOf("Ann Smith");
    int q = t.indexOf("we will");
    int qe = t.indexOf("\" to reporters");
    int monday = t.indexOf("Monday");
    return base.toBuilder()
        .entities(
            List.of(
                new Entity(
                    "Ann Smith " + IMG,
                    "Ann Smith " + IMG,
                    "PERSON",
                    List.of(base.span(smith, smith + 9)),
                    new Salience(1, smith, false))))
        .quotes(
            List.of(
                new Quote(
                    t.substring(q, qe),
                    base.span(q, qe),
                    QuoteKind.DIRECT,
                    new Speaker("Ann Smith " + IMG, "Ann Smith " + SCRIPT),
                    null,
                    "said",
                    null)))
        .times(
            List.of(
                new TimeExpression("Monday", base.span(monday, monday + 6), "2024-03-04", "DATE")))
        .build();
  }
}
