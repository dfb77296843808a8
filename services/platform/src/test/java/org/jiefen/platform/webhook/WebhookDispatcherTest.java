package org.jiefen.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What a receiver gets, built without booting Quarkus. */
class WebhookDispatcherTest {

  final ObjectMapper mapper = new ObjectMapper();

  @Test
  void theBodyIsThePayloadPlusDeliveryIdAndSequence() throws Exception {
    String body =
        WebhookDispatcher.body(
            mapper, "{\"event\":\"dispute.status-changed\",\"status\":\"ROUTED\"}", "d-1", 42);
    JsonNode json = mapper.readTree(body);
    assertEquals("dispute.status-changed", json.path("event").asText());
    assertEquals("ROUTED", json.path("status").asText());
    assertEquals("d-1", json.path("deliveryId").asText());
    assertEquals(42, json.path("sequence").asLong());
    assertEquals(
        "{\"event\":\"dispute.status-changed\",\"status\":\"ROUTED\",\"deliveryId\":\"d-1\","
            + "\"sequence\":42}",
        body,
        "the payload's fields first, in their order, then the delivery's");
  }

  @Test
  void thePayloadCannotForgeItsDeliveryIdOrSequence() throws Exception {
    JsonNode json =
        mapper.readTree(
            WebhookDispatcher.body(mapper, "{\"deliveryId\":\"x\",\"sequence\":1}", "d-2", 7));
    assertEquals("d-2", json.path("deliveryId").asText());
    assertEquals(7, json.path("sequence").asLong());
  }

  @Test
  void aStoredPayloadThatIsNoJsonObjectIsAnError() {
    assertThrows(IllegalStateException.class, () -> WebhookDispatcher.body(mapper, "[1]", "d", 1));
    assertThrows(
        IllegalStateException.class, () -> WebhookDispatcher.body(mapper, "{nope", "d", 1));
  }

  @Test
  void theFailureReasonNamesTheSubscriberWithoutItsKind() {
    assertEquals("HRSS", WebhookDispatcher.subscriberId("PARTNER:HRSS"));
    assertEquals("court-longhua", WebhookDispatcher.subscriberId("COURT:court-longhua"));
    assertEquals("plain", WebhookDispatcher.subscriberId("plain"));
  }
}
