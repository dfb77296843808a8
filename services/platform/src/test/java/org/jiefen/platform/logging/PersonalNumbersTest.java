package org.jiefen.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class PersonalNumbersTest {

  @Test
  void residentIdNumbersAreMaskedLikeResponses() {
    assertEquals("id 4403**********1236 ok", PersonalNumbers.mask("id 440306199001011236 ok"));
    assertEquals("4403**********123X", PersonalNumbers.mask("44030619900101123X"));
    assertEquals("id=1101*******1001,", PersonalNumbers.mask("id=110105800101001,"));
  }

  @Test
  void mobileNumbersAreMaskedWithOrWithoutTheCountryCode() {
    assertEquals("tel 138****5678", PersonalNumbers.mask("tel 13812345678"));
    assertEquals("+86138****5678", PersonalNumbers.mask("+8613812345678"));
    assertEquals("电话：199****0000。", PersonalNumbers.mask("电话：19912340000。"));
  }

  @Test
  void identifiersTimestampsAndLongerNumbersPassUnchanged() {
    for (String s :
        new String[] {
          "dispute e4a12c4f-e7fa-11f1-b56b-02fc00000001 offset 12345678901234567890",
          "at 1732450000000 ms",
          "12812345678 is no mobile number",
          "order 4403061990010112367 (19 digits)",
          "short 1381234567"
        }) {
      assertSame(s, PersonalNumbers.mask(s), s);
    }
  }

  @Test
  void theFilterMasksTheFormattedMessageAndExceptionMessagesButKeepsTheRecord() {
    ExtLogRecord record =
        new ExtLogRecord(
            Level.WARNING,
            "party %s phone %s count %d",
            ExtLogRecord.FormatStyle.PRINTF,
            getClass().getName());
    record.setParameters(new Object[] {"440306199001011236", "13812345678", 3});
    record.setThrown(
        new IllegalStateException(
            "duplicate key 440306199001011236", new IllegalArgumentException("phone 13812345678")));

    assertTrue(new PersonalNumberLogFilter().isLoggable(record));

    assertEquals(
        "party 4403**********1236 phone 138****5678 count 3", record.getFormattedMessage());
    String printed = record.getThrown().toString() + " / " + record.getThrown().getCause();
    assertEquals(
        "java.lang.IllegalStateException: duplicate key 4403**********1236 /"
            + " java.lang.IllegalArgumentException: phone 138****5678",
        printed);
    assertTrue(record.getThrown().getStackTrace().length > 0, "the stack trace is kept");
  }

  @Test
  void aRecordWithoutPersonalNumbersIsLeftAlone() {
    ExtLogRecord record =
        new ExtLogRecord(Level.INFO, "routed %s", ExtLogRecord.FormatStyle.PRINTF, "x");
    record.setParameters(new Object[] {"d-1"});
    Exception e = new IllegalStateException("boom");
    record.setThrown(e);
    new PersonalNumberLogFilter().isLoggable(record);
    assertSame(e, record.getThrown());
    assertEquals("routed d-1", record.getFormattedMessage());
    assertFalse(record.getFormattedMessage().contains("*"));
  }
}
