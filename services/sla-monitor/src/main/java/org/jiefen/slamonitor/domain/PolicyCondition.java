package org.jiefen.slamonitor.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A policy's applicability, e.g. {"/category":"LABOR"}: every JSON pointer must hold the given text
 * in the start event. No condition means every start event opens the clock.
 */
public final class PolicyCondition {

  private PolicyCondition() {}

  public static boolean matches(JsonNode condition, JsonNode event) {
    if (condition == null || condition.isNull() || condition.isMissingNode()) {
      return true;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = condition.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> required = it.next();
      JsonNode actual = event.at(required.getKey());
      if (actual.isMissingNode() || !actual.asText().equals(required.getValue().asText())) {
        return false;
      }
    }
    return true;
  }
}
