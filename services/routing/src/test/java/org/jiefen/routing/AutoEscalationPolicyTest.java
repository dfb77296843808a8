package org.jiefen.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.jiefen.routing.domain.AutoEscalationPolicy;
import org.jiefen.routing.domain.AutoEscalationPolicy.Conclusion;
import org.jiefen.routing.domain.AutoEscalationPolicy.Holding;
import org.jiefen.routing.domain.AutoEscalationPolicy.Verdict;
import org.jiefen.routing.domain.MediationType;
import org.jiefen.routing.domain.OrgLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failed mediations move a dispute up, and what the policy says when it does not. */
class AutoEscalationPolicyTest {

  static final String MINLE = "longhua.minzhi.minle";
  static final String MINZHI = "longhua.minzhi";
  static final Instant ARRIVED = Instant.parse("2026-11-23T03:00:00Z");

  /** The shipped defaults: COMMUNITY and STREET escalate, court-delegated cases never. */
  static final AutoEscalationPolicy DEFAULTS =
      new AutoEscalationPolicy(
          true,
          Set.of(OrgLevel.COMMUNITY, OrgLevel.STREET),
          Set.of(MediationType.COURT_DELEGATED),
          Set.of());

  static AutoEscalationPolicy policy(String variant) {
    return switch (variant) {
      case "defaults" -> DEFAULTS;
      case "disabled" ->
          new AutoEscalationPolicy(
              false,
              DEFAULTS.levels(),
              DEFAULTS.excludedMediationTypes(),
              DEFAULTS.excludedCategories());
      case "community-only" ->
          new AutoEscalationPolicy(
              true, Set.of(OrgLevel.COMMUNITY), DEFAULTS.excludedMediationTypes(), Set.of());
      case "district-listed" ->
          new AutoEscalationPolicy(true, Set.of(OrgLevel.values()), Set.of(), Set.of());
      case "no-traffic" ->
          new AutoEscalationPolicy(
              true, DEFAULTS.levels(), DEFAULTS.excludedMediationTypes(), Set.of("TRAFFIC"));
      default -> throw new IllegalArgumentException(variant);
    };
  }

  @ParameterizedTest(name = "{0}: {1} at {2}, held by {3} ({4}, parent {5}), {6} {7} → {9}")
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
          # policy,        outcome, failed at,             holder,                level,     parent,         type,             category, minutes after arrival, escalates to,   why contains
          defaults,        FAILED,  longhua.minzhi.minle,  longhua.minzhi.minle,  COMMUNITY, longhua.minzhi, PEOPLES,          LABOR,    60,  longhua.minzhi, COMMUNITY failures escalate
          defaults,        FAILED,  longhua.minzhi,        longhua.minzhi,        STREET,    longhua,        ADMINISTRATIVE,   LABOR,    60,  longhua,        STREET failures escalate
          defaults,        FAILED,  longhua,               longhua,               DISTRICT,  -,              PEOPLES,          LABOR,    60,  -,              the district is the top level
          district-listed, FAILED,  longhua,               longhua,               DISTRICT,  -,              PEOPLES,          LABOR,    60,  -,              the district is the top level
          defaults,        SETTLED, longhua.minzhi.minle,  longhua.minzhi.minle,  COMMUNITY, longhua.minzhi, PEOPLES,          LABOR,    60,  -,              ended SETTLED
          disabled,        FAILED,  longhua.minzhi.minle,  longhua.minzhi.minle,  COMMUNITY, longhua.minzhi, PEOPLES,          LABOR,    60,  -,              disabled
          defaults,        FAILED,  longhua.minzhi.minle,  longhua.minzhi,        STREET,    longhua,        PEOPLES,          LABOR,    60,  -,              longhua.minzhi holds the dispute now
          defaults,        FAILED,  longhua.minzhi.minle,  longhua.minzhi.minle,  COMMUNITY, longhua.minzhi, PEOPLES,          LABOR,    -5,  -,              older than the dispute's arrival
          community-only,  FAILED,  longhua.minzhi,        longhua.minzhi,        STREET,    longhua,        PEOPLES,          LABOR,    60,  -,              failures at STREET level do not escalate
          community-only,  FAILED,  longhua.minzhi.minle,  longhua.minzhi.minle,  COMMUNITY, longhua.minzhi, PEOPLES,          LABOR,    60,  longhua.minzhi, COMMUNITY failures escalate
          defaults,        FAILED,  longhua.minzhi.minle,  longhua.minzhi.minle,  COMMUNITY, longhua.minzhi, COURT_DELEGATED,  LABOR,    60,  -,              return to the court
          district-listed, FAILED,  longhua.minzhi.minle,  longhua.minzhi.minle,  COMMUNITY, longhua.minzhi, COURT_DELEGATED,  LABOR,    60,  longhua.minzhi, COMMUNITY failures escalate
          no-traffic,      FAILED,  longhua.minzhi.minle,  longhua.minzhi.minle,  COMMUNITY, longhua.minzhi, PEOPLES,          TRAFFIC,  60,  -,              TRAFFIC disputes do not escalate
          no-traffic,      FAILED,  longhua.minzhi.minle,  longhua.minzhi.minle,  COMMUNITY, longhua.minzhi, PEOPLES,          LABOR,    60,  longhua.minzhi, COMMUNITY failures escalate
          defaults,        FAILED,  longhua.minzhi.minle,  longhua.minzhi.minle,  COMMUNITY, -,              PEOPLES,          LABOR,    60,  -,              has no parent center
          defaults,        FAILED:ARBITRATION, longhua.minzhi.minle, longhua.minzhi.minle, COMMUNITY, longhua.minzhi, PEOPLES, LABOR, 60, -,      pointed to ARBITRATION
          defaults,        FAILED:LITIGATION,  longhua.minzhi.minle, longhua.minzhi.minle, COMMUNITY, longhua.minzhi, PEOPLES, CONTRACT, 60, -,   pointed to LITIGATION
          defaults,        FAILED:ESCALATE,    longhua.minzhi.minle, longhua.minzhi.minle, COMMUNITY, longhua.minzhi, PEOPLES, LABOR, 60, longhua.minzhi, COMMUNITY failures escalate
          """)
  void decides(
      String variant,
      String outcome,
      String failedAt,
      String holder,
      OrgLevel level,
      String parent,
      MediationType type,
      String category,
      long minutesAfterArrival,
      String expectedTarget,
      String whyContains) {
    Verdict verdict =
        policy(variant)
            .decide(
                new Conclusion(
                    outcome.split(":")[0],
                    failedAt,
                    ARRIVED.plusSeconds(60 * minutesAfterArrival),
                    outcome.contains(":") ? outcome.split(":")[1] : null),
                new Holding(holder, level, parent, type, category, ARRIVED));

    assertEquals(expectedTarget, verdict.toCenterCode());
    assertEquals(expectedTarget != null, verdict.escalates());
    assertTrue(verdict.why().contains(whyContains), verdict.why());
  }
}
