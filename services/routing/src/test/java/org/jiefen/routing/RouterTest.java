package org.jiefen.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiefen.routing.domain.Decision;
import org.jiefen.routing.domain.DisputeFacts;
import org.jiefen.routing.domain.MediationType;
import org.jiefen.routing.domain.OrgLevel;
import org.jiefen.routing.domain.OrgUnit;
import org.jiefen.routing.domain.Router;
import org.junit.jupiter.api.Test;

class RouterTest {

  private final Map<String, OrgUnit> tree =
      Stream.of(
              new OrgUnit("longhua", "龙华区", OrgLevel.DISTRICT, null, false),
              new OrgUnit("longhua.minzhi", "民治街道", OrgLevel.STREET, "longhua", false),
              new OrgUnit(
                  "longhua.minzhi.minle", "民乐社区", OrgLevel.COMMUNITY, "longhua.minzhi", false))
          .collect(Collectors.toMap(OrgUnit::code, Function.identity()));
  private final Router router = new Router(code -> Optional.ofNullable(tree.get(code)), "longhua");

  private static DisputeFacts facts(String community, String platform) {
    return new DisputeFacts(
        "d-1", "LABOR", community, "GRID_MOBILE", platform, new BigDecimal("12000.00"));
  }

  @Test
  void aKnownCommunityRoutesToItsOwnCenterWithStreetAndDistrictAsAlternatives() {
    Decision decision = router.route(facts("longhua.minzhi.minle", null));

    assertEquals("longhua.minzhi.minle", decision.center().code());
    assertEquals("community-of-location", decision.rule());
    assertEquals(MediationType.PEOPLES, decision.mediationType());
    assertEquals(
        java.util.List.of("longhua.minzhi", "longhua"),
        decision.alternatives().stream().map(Decision.Alternative::centerCode).toList());
    assertEquals("longhua.minzhi.minle", decision.inputs().get("communityCode"));
  }

  @Test
  void anUnknownLocationFallsBackToTheDistrict() {
    Decision decision = router.route(facts("longhua.nowhere.none", null));

    assertEquals("longhua", decision.center().code());
    assertEquals("district-fallback-unknown-location", decision.rule());
  }

  @Test
  void aStreetCodeGivenAsCommunityIsNotTakenForACommunity() {
    assertEquals("longhua", router.route(facts("longhua.minzhi", null)).center().code());
  }

  @Test
  void courtTransfersAreCourtDelegatedMediation() {
    assertEquals(
        MediationType.COURT_DELEGATED,
        router.route(facts("longhua.minzhi.minle", "COURT")).mediationType());
  }
}
