package org.jiefen.routing.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Evaluates the routing rules in order; the first that applies decides the center, the mediation
 * type and the rule's flags (plus the flag policy's). When no rule applies — or none is loaded —
 * the built-in last resort keeps the dispute at the community center of its location. A location
 * outside the tree goes to the district, which can refer it down.
 */
public class Router {

  static final String LAST_RESORT = "community-of-location";
  static final String UNKNOWN_LOCATION = "district-fallback-unknown-location";

  private final Function<String, Optional<OrgUnit>> tree;
  private final String districtCode;

  public Router(Function<String, Optional<OrgUnit>> tree, String districtCode) {
    this.tree = tree;
    this.districtCode = districtCode;
  }

  public Decision route(DisputeFacts facts, List<RuleSpec> rules, FlagPolicy flagPolicy) {
    Map<String, Object> inputs = inputsOf(facts);
    List<String> flags = new ArrayList<>(flagPolicy.flagsFor(facts));
    Optional<OrgUnit> community =
        tree.apply(facts.communityCode()).filter(u -> u.level() == OrgLevel.COMMUNITY);
    if (community.isEmpty()) {
      OrgUnit district = district();
      return new Decision(
          district,
          defaultType(facts),
          flags,
          UNKNOWN_LOCATION,
          0,
          "地点不在组织树内，先由区中心接收后再分流。",
          inputs,
          List.of(),
          List.of());
    }
    List<RuleSpec> matching =
        rules.stream().filter(r -> r.condition().mismatches(facts).isEmpty()).toList();
    if (matching.isEmpty()) {
      return new Decision(
          community.get(),
          defaultType(facts),
          flags,
          LAST_RESORT,
          0,
          "没有专门规则适用，由纠纷发生地所在社区先行调解。",
          inputs,
          alternatives(community.get(), community.get()),
          List.of());
    }
    RuleSpec rule = matching.get(0);
    OrgUnit center = target(rule, community.get());
    rule.flags().stream().filter(f -> !flags.contains(f)).forEach(flags::add);
    return new Decision(
        center,
        rule.mediationType(),
        flags,
        rule.id(),
        rule.version(),
        rule.explanation(),
        inputs,
        alternatives(community.get(), center),
        matching.stream().skip(1).map(RuleSpec::id).toList());
  }

  private OrgUnit target(RuleSpec rule, OrgUnit community) {
    if (rule.targetCenterCode() != null) {
      return tree.apply(rule.targetCenterCode())
          .orElseThrow(
              () -> new IllegalStateException("rule " + rule.id() + " names an unknown center"));
    }
    Optional<OrgUnit> unit = Optional.of(community);
    while (unit.isPresent() && unit.get().level() != rule.targetLevel()) {
      unit =
          unit.get().parentCode() == null ? Optional.empty() : tree.apply(unit.get().parentCode());
    }
    return unit.orElseGet(this::district);
  }

  /** The centers on the way from the community up to the district, other than the chosen one. */
  private List<Decision.Alternative> alternatives(OrgUnit community, OrgUnit chosen) {
    List<Decision.Alternative> alternatives = new ArrayList<>();
    Optional<OrgUnit> unit = Optional.of(community);
    while (unit.isPresent()) {
      OrgUnit u = unit.get();
      if (!u.code().equals(chosen.code())) {
        String why =
            u.level().ordinal() > chosen.level().ordinal()
                ? "the rule sends this dispute to a higher level"
                : "a higher level takes a dispute only by escalation (移交)";
        alternatives.add(new Decision.Alternative(u.code(), u.level().name(), why));
      }
      unit = u.parentCode() == null ? Optional.empty() : tree.apply(u.parentCode());
    }
    return alternatives;
  }

  private OrgUnit district() {
    return tree.apply(districtCode)
        .orElseThrow(() -> new IllegalStateException("org tree has no " + districtCode));
  }

  private static MediationType defaultType(DisputeFacts facts) {
    return "COURT".equals(facts.sourcePlatform())
        ? MediationType.COURT_DELEGATED
        : MediationType.PEOPLES;
  }

  private static Map<String, Object> inputsOf(DisputeFacts facts) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("category", facts.category());
    inputs.put("communityCode", facts.communityCode());
    inputs.put("claimAmount", facts.claimAmount());
    inputs.put("applicants", facts.applicants());
    inputs.put("parties", facts.parties());
    inputs.put("channel", facts.channel());
    inputs.put("sourcePlatform", facts.sourcePlatform());
    return inputs;
  }
}
