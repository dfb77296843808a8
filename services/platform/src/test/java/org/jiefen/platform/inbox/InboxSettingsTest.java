package org.jiefen.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The shared messaging defaults every service inherits must not contradict the inbox. */
class InboxSettingsTest {

  private static Properties platformDefaults() throws Exception {
    Properties p = new Properties();
    // From the module's own file: other jars on the test classpath carry a file of the same name.
    try (InputStream in =
        Files.newInputStream(
            Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
      p.load(in);
    }
    return p;
  }

  @Test
  void aRecordWaitingForTheDatabaseIsNotDeclaredStuckByTheCommitStrategy() throws Exception {
    long maxAge =
        Long.parseLong(
            platformDefaults()
                .getProperty(
                    "mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms",
                    "60000")); // SmallRye's default when unset
    long outageWait = Duration.parse(Inbox.DEFAULT_OUTAGE_WAIT).toMillis();
    // The record in hand waits outageWait; the ones polled behind it then still need handling.
    assertTrue(
        maxAge >= 2 * outageWait,
        "unprocessed-record-max-age %d ms must cover twice the inbox's outage wait %d ms"
            .formatted(maxAge, outageWait));
  }

  @Test
  void everyChannelFailsOverToTheStopAwareDeadLetterStrategy() throws Exception {
    assertEquals(
        DeadLetterUnlessStopping.NAME,
        platformDefaults().getProperty("mp.messaging.connector.smallrye-kafka.failure-strategy"));
  }
}
