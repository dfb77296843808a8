package org.jiefen.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** No ID or phone number reaches a log line, whoever logs it: the handlers mask them. */
@QuarkusTest
class LogHygieneIT {

  static final Path LOG = Path.of("target/intake-test.log");

  @Test
  void aPersonalNumberLoggedByMistakeIsWrittenMasked() throws IOException {
    String marker = UUID.randomUUID().toString();
    Logger.getLogger(LogHygieneIT.class)
        .errorf(
            new IllegalStateException("cannot store 440306199001011236"),
            "%s applicant %s phone %s",
            marker,
            IntakeIT.ID_NUMBER,
            "13812345678");

    String log = Files.readString(LOG, StandardCharsets.UTF_8);
    assertTrue(log.contains(marker + " applicant 4403**********1236 phone 138****5678"), log);
    assertTrue(log.contains("java.lang.IllegalStateException: cannot store 4403**********1236"));
    assertFalse(log.contains(IntakeIT.ID_NUMBER), "no plain ID number in the log");
    assertFalse(log.contains("13812345678"), "no plain phone number in the log");
  }
}
