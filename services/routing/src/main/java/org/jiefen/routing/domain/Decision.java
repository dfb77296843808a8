package org.jiefen.routing.domain;

import java.util.List;
import java.util.Map;

/**
 * A routing outcome with its explanation (PIPL Art. 24): the rule (and version) that matched, the
 * sentence that explains it, the inputs it read, the other rules that also matched but came later,
 * and the centers that were considered and why they were not chosen.
 */
public record Decision(
    OrgUnit center,
    MediationType mediationType,
    List<String> flags,
    String rule,
    int ruleVersion,
    String explanation,
    Map<String, Object> inputs,
    List<Alternative> alternatives,
    List<String> laterMatchingRules) {

  public record Alternative(String centerCode, String level, String whyNot) {}
}
