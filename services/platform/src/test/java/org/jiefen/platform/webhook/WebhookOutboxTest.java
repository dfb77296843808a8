package org.jiefen.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class WebhookOutboxTest {

  final ObjectMapper mapper = new ObjectMapper();

  @Test
  void theStoredPayloadIsTheCallersJson() {
    ObjectNode payload = mapper.createObjectNode().put("status", "待确认");
    assertEquals(
        "{\"status\":\"待确认\"}",
        WebhookOutbox.checked("COURT:court-longhua", "application.changed", "a-1", payload));
  }

  @Test
  void everyArgumentMustFitItsColumn() {
    ObjectNode payload = mapper.createObjectNode();
    assertThrows(
        IllegalArgumentException.class, () -> WebhookOutbox.checked(" ", "e", "a", payload));
    assertThrows(
        IllegalArgumentException.class,
        () -> WebhookOutbox.checked("S:" + "x".repeat(119), "e", "a", payload));
    assertThrows(
        IllegalArgumentException.class, () -> WebhookOutbox.checked("S:1", null, "a", payload));
    assertThrows(
        IllegalArgumentException.class, () -> WebhookOutbox.checked("S:1", "e", "", payload));
    assertThrows(
        IllegalArgumentException.class, () -> WebhookOutbox.checked("S:1", "e", "a", null));
    ObjectNode big = mapper.createObjectNode().put("text", "调".repeat(22_000));
    assertThrows(
        IllegalArgumentException.class,
        () -> WebhookOutbox.checked("S:1", "e", "a", big),
        "66,000 bytes in UTF-8 do not fit a TEXT column");
  }
}
