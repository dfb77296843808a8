package org.jiefen.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A consumed event that parsed and conformed to its schema. Handlers read the fields they need from
 * {@link #payload()} into their own records: consumers keep private copies of the shapes they rely
 * on, checked against the shared schema (style guide, "Events").
 */
public record IncomingEvent(String eventId, String type, String key, JsonNode payload) {

  public String disputeId() {
    return payload.path("disputeId").asText();
  }

  public String text(String field) {
    JsonNode node = payload.path(field);
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }
}
