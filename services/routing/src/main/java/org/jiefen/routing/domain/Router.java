package org.jiefen.routing.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides which center receives a dispute. The walking skeleton's rule: the community center of the
 * dispute's location handles it first (the 综治中心 nearest the parties); the street and district above
 * it are recorded as the alternatives. An unknown location goes to the district, which can refer it
 * down. Category-specific rules arrive with the routing issue.
 */
public class Router {

  static final String RULE_COMMUNITY = "community-of-location";
  static final String RULE_FALLBACK = "district-fallback-unknown-location";

  private final Function<String, Optional<OrgUnit>> tree;
  private final String districtCode;

  public Router(Function<String, Optional<OrgUnit>> tree, String districtCode) {
    this.tree = tree;
    this.districtCode = districtCode;
  }

  public Decision route(DisputeFacts facts) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("category", facts.category());
    inputs.put("communityCode", facts.communityCode());
    inputs.put("channel", facts.channel());
    inputs.put("sourcePlatform", facts.sourcePlatform());
    MediationType type =
        "COURT".equals(facts.sourcePlatform())
            ? MediationType.COURT_DELEGATED
            : MediationType.PEOPLES;

    Optional<OrgUnit> community =
        tree.apply(facts.communityCode()).filter(u -> u.level() == OrgLevel.COMMUNITY);
    if (community.isPresent()) {
      return new Decision(
          community.get(), type, List.of(), RULE_COMMUNITY, inputs, ancestorsOf(community.get()));
    }
    OrgUnit district =
        tree.apply(districtCode)
            .orElseThrow(() -> new IllegalStateException("org tree has no " + districtCode));
    return new Decision(district, type, List.of(), RULE_FALLBACK, inputs, List.of());
  }

  private List<Decision.Alternative> ancestorsOf(OrgUnit unit) {
    List<Decision.Alternative> alternatives = new ArrayList<>();
    String parent = unit.parentCode();
    while (parent != null) {
      Optional<OrgUnit> above = tree.apply(parent);
      if (above.isEmpty()) {
        break;
      }
      alternatives.add(
          new Decision.Alternative(
              above.get().code(),
              above.get().level().name(),
              "a higher level takes a dispute only by escalation (移交)"));
      parent = above.get().parentCode();
    }
    return alternatives;
  }
}
