package org.parallax.bench.extraction;

import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeSAXInput;
import java.io.StringReader;
import java.util.List;
import org.xml.sax.InputSource;

/** Boilerpipe 1.2.2 (syncthemall repackaging), {@code ArticleExtractor}: text and title. */
public final class BoilerpipeTool implements ExtractionTool {

  @Override
  public String name() {
    return "boilerpipe 1.2.2";
  }

  @Override
  public Extraction extract(String html, String url) throws Exception {
    TextDocument doc =
        new BoilerpipeSAXInput(new InputSource(new StringReader(html))).getTextDocument();
    ArticleExtractor.INSTANCE.process(doc);
    return new Extraction(doc.getContent(), doc.getTitle(), List.of(), null);
  }
}
