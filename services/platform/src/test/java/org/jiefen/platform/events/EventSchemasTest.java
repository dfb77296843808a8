package org.jiefen.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

  private final ObjectMapper mapper = new ObjectMapper();

  private ObjectNode routed() throws Exception {
    return (ObjectNode)
        mapper.readTree(
            """
            {"eventId":"0b7c2b1e-8f6a-4c1e-9d55-3f1f0b1c2d3e","type":"dispute.routed.v1",
             "occurredAt":"2026-11-23T03:00:00Z","disputeId":"5d2f7a10-0c4b-4a8e-9b1f-7e6d5c4b3a21",
             "actor":{"kind":"SYSTEM","subject":"routing"},
             "centerCode":"longhua.minzhi.minle","centerLevel":"COMMUNITY","category":"LABOR",
             "mediationType":"PEOPLES","flags":[],
             "trace":{"rule":"community-of-location","inputs":{},"alternatives":[]}}
            """);
  }

  @Test
  void aConformingEventHasNoViolations() throws Exception {
    assertEquals(java.util.List.of(), EventSchemas.violations("dispute.routed.v1", routed()));
  }

  @Test
  void missingFieldsBadEnumsAndBadFormatsAreViolations() throws Exception {
    ObjectNode event = routed();
    event.remove("centerCode");
    event.put("centerLevel", "PROVINCE");
    event.put("occurredAt", "yesterday");
    var violations = EventSchemas.violations("dispute.routed.v1", event);
    assertEquals(3, violations.size(), violations.toString());
  }

  @Test
  void onlyPublishedTypesAreKnown() {
    assertTrue(EventSchemas.isKnown("dispute.received.v1"));
    assertFalse(EventSchemas.isKnown("dispute.received.v9"));
    assertFalse(EventSchemas.isKnown("../../etc/passwd"));
    assertFalse(EventSchemas.isKnown(null));
  }
}
