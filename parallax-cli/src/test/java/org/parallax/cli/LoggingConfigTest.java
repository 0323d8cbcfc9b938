package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The command logs errors only: one {@code simplelogger.properties} on the class path (a second one
 * in another module's jar would silently shadow or be shadowed by it), and it sets the level.
 */
class LoggingConfigTest {

  @Test
  void oneConfigurationOnTheClassPathAndItLogsErrorsOnly() throws IOException {
    List<URL> found =
        Collections.list(getClass().getClassLoader().getResources("simplelogger.properties"));
    assertEquals(1, found.size(), found.toString());
    Properties p = new Properties();
    try (InputStream in = found.get(0).openStream()) {
      p.load(in);
    }
    assertEquals("error", p.getProperty("org.slf4j.simpleLogger.defaultLogLevel"));
    assertEquals("off", p.getProperty("org.slf4j.simpleLogger.log.net.dankito.readability4j"));
  }
}
