package org.jiefen.routing.domain;

import java.util.List;
import java.util.Map;

/**
 * A routing outcome with its explanation (PIPL Art. 24): the rule that matched, the inputs it read,
 * and the alternatives that were considered and why they were not chosen.
 */
public record Decision(
    OrgUnit center,
    MediationType mediationType,
    List<String> flags,
    String rule,
    Map<String, Object> inputs,
    List<Alternative> alternatives) {

  public record Alternative(String centerCode, String level, String whyNot) {}
}
