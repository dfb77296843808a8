package org.jiefen.routing.domain;

import java.time.Instant;
import java.util.Set;

/**
 * 自动上移 (ADR 0007): when a mediation fails at the center holding a dispute, the dispute may move up
 * to that center's parent. Which failures escalate is configuration (the levels that escalate,
 * mediation types and categories that never do); this decides one case and always says why, so a
 * "no" can be logged and a "yes" explained.
 *
 * @param levels the levels whose failures escalate; the district never does, listed or not
 * @param excludedMediationTypes e.g. COURT_DELEGATED: such a case returns to the court instead
 */
public record AutoEscalationPolicy(
    boolean enabled,
    Set<OrgLevel> levels,
    Set<MediationType> excludedMediationTypes,
    Set<String> excludedCategories) {

  public AutoEscalationPolicy {
    levels = Set.copyOf(levels);
    excludedMediationTypes = Set.copyOf(excludedMediationTypes);
    excludedCategories = Set.copyOf(excludedCategories);
  }

  /**
   * A mediation.concluded.v1 as the policy reads it: outcome, the center it names, when, and what
   * the parties were told to do next (null from mediations recorded before suggestions).
   */
  public record Conclusion(String outcome, String centerCode, Instant at, String suggestion) {}

  /**
   * Where the dispute is now: its latest routing decision, the holding center's level and its
   * parent center ({@code null} when the org tree has none), and since when it is held there.
   */
  public record Holding(
      String centerCode,
      OrgLevel level,
      String parentCode,
      MediationType mediationType,
      String category,
      Instant since) {}

  /** {@code toCenterCode} is null when the dispute stays; {@code why} says why either way. */
  public record Verdict(String toCenterCode, String why) {

    public boolean escalates() {
      return toCenterCode != null;
    }

    static Verdict stay(String why, Object... args) {
      return new Verdict(null, why.formatted(args));
    }
  }

  public Verdict decide(Conclusion concluded, Holding holding) {
    if (!"FAILED".equals(concluded.outcome())) {
      return Verdict.stay("the mediation ended %s", concluded.outcome());
    }
    if (!enabled) {
      return Verdict.stay("auto-escalation is disabled");
    }
    if ("ARBITRATION".equals(concluded.suggestion())
        || "LITIGATION".equals(concluded.suggestion())) {
      // The parties leave mediation for arbitration or court: another level would mediate no one.
      return Verdict.stay("the parties were pointed to %s", concluded.suggestion());
    }
    if (!holding.centerCode().equals(concluded.centerCode())) {
      return Verdict.stay(
          "the failure is %s's, but %s holds the dispute now",
          concluded.centerCode(), holding.centerCode());
    }
    if (concluded.at().isBefore(holding.since())) {
      return Verdict.stay(
          "the failure (%s) is older than the dispute's arrival at %s (%s)",
          concluded.at(), holding.centerCode(), holding.since());
    }
    if (holding.level() == OrgLevel.DISTRICT) {
      return Verdict.stay("the district is the top level and never escalates");
    }
    if (!levels.contains(holding.level())) {
      return Verdict.stay("failures at %s level do not escalate", holding.level());
    }
    if (excludedMediationTypes.contains(holding.mediationType())) {
      return Verdict.stay(
          "%s cases do not escalate%s",
          holding.mediationType(),
          holding.mediationType() == MediationType.COURT_DELEGATED
              ? " (they return to the court)"
              : "");
    }
    if (holding.category() != null && excludedCategories.contains(holding.category())) {
      return Verdict.stay("%s disputes do not escalate", holding.category());
    }
    if (holding.parentCode() == null) {
      return Verdict.stay("%s has no parent center in the org tree", holding.centerCode());
    }
    return new Verdict(
        holding.parentCode(),
        "mediation failed at %s %s; %s failures escalate to the parent center"
            .formatted(holding.level(), holding.centerCode(), holding.level()));
  }
}
