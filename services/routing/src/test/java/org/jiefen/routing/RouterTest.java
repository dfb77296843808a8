package org.jiefen.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiefen.routing.domain.Decision;
import org.jiefen.routing.domain.DisputeFacts;
import org.jiefen.routing.domain.FlagPolicy;
import org.jiefen.routing.domain.MediationType;
import org.jiefen.routing.domain.OrgLevel;
import org.jiefen.routing.domain.OrgUnit;
import org.jiefen.routing.domain.Router;
import org.jiefen.routing.domain.RuleCondition;
import org.jiefen.routing.domain.RuleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seeded routing policy (seeds/routing-rules.json) evaluated over a table of disputes. */
class RouterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Map<String, OrgUnit> tree =
      Stream.of(
              new OrgUnit("longhua", "龙华区", OrgLevel.DISTRICT, null, false),
              new OrgUnit("longhua.minzhi", "民治街道", OrgLevel.STREET, "longhua", false),
              new OrgUnit(
                  "longhua.minzhi.minle", "民乐社区", OrgLevel.COMMUNITY, "longhua.minzhi", false),
              new OrgUnit("longhua.guanlan", "观澜街道", OrgLevel.STREET, "longhua", false),
              new OrgUnit(
                  "longhua.guanlan.guihua", "桂花社区", OrgLevel.COMMUNITY, "longhua.guanlan", false))
          .collect(Collectors.toMap(OrgUnit::code, Function.identity()));
  private final Router router = new Router(code -> Optional.ofNullable(tree.get(code)), "longhua");
  private final FlagPolicy flags = new FlagPolicy(new BigDecimal("50000"), 10, 30);

  static List<RuleSpec> seededRules() throws IOException {
    List<RuleSpec> rules = new ArrayList<>();
    for (JsonNode r : MAPPER.readTree(Path.of("../../seeds/routing-rules.json").toFile())) {
      rules.add(
          new RuleSpec(
              r.path("id").asText(),
              1,
              r.path("explanation").asText(),
              MAPPER.treeToValue(r.path("condition"), RuleCondition.class),
              r.path("targetLevel").isNull()
                  ? null
                  : OrgLevel.valueOf(r.path("targetLevel").asText()),
              r.path("targetCenterCode").isNull() ? null : r.path("targetCenterCode").asText(),
              MediationType.valueOf(r.path("mediationType").asText()),
              List.of()));
    }
    return rules;
  }

  private static DisputeFacts facts(
      String category,
      String community,
      String channel,
      String source,
      String amount,
      int applicants) {
    return new DisputeFacts(
        "d-1",
        category,
        community,
        channel,
        source.isEmpty() ? null : source,
        amount.isEmpty() ? null : new BigDecimal(amount),
        applicants,
        applicants + 1);
  }

  @ParameterizedTest(name = "{0} from {3} in {1}, {4} yuan, {5} applicants → {6}")
  @CsvSource({
    // category, community, channel, source, amount, applicants, center, rule, type
    "NEIGHBOR, longhua.minzhi.minle, GRID_MOBILE, , , 1, longhua.minzhi.minle, community-of-location, PEOPLES",
    "LABOR, longhua.minzhi.minle, PARTNER_TRANSFER, HRSS, 30000, 1, longhua.minzhi, hrss-labor-to-street, INDUSTRY_PROFESSIONAL",
    "CONTRACT, longhua.guanlan.guihua, PARTNER_TRANSFER, COURT, 80000, 1, longhua, court-delegated, COURT_DELEGATED",
    "FAMILY, longhua.minzhi.minle, PARTNER_TRANSFER, PETITION, , 1, longhua.minzhi, petition-to-street, ADMINISTRATIVE",
    "CONTRACT, longhua.minzhi.minle, CENTER_PORTAL, , 2000000, 1, longhua, large-claim-to-district, PEOPLES",
    "LABOR, longhua.guanlan.guihua, GRID_MOBILE, , 90000, 12, longhua.guanlan, many-applicants-to-street, PEOPLES",
    "TENANCY, longhua.minzhi.minle, GRID_MOBILE, , 250000, 1, longhua.minzhi, claim-over-200k-to-street, PEOPLES",
    "TENANCY, longhua.minzhi.minle, GRID_MOBILE, , 199999.99, 1, longhua.minzhi.minle, community-of-location, PEOPLES",
  })
  void theSeededPolicyRoutesEachKindOfDisputeWhereUsersExpect(
      String category,
      String community,
      String channel,
      String source,
      String amount,
      int applicants,
      String center,
      String rule,
      String type)
      throws IOException {
    Decision d =
        router.route(
            facts(
                category,
                community,
                channel,
                source == null ? "" : source,
                amount == null ? "" : amount,
                applicants),
            seededRules(),
            flags);
    assertEquals(center, d.center().code());
    assertEquals(rule, d.rule());
    assertEquals(MediationType.valueOf(type), d.mediationType());
    assertTrue(!d.explanation().isBlank());
  }

  @Test
  void theTraceNamesTheOtherMatchingRulesAndTheCentersNotChosen() throws IOException {
    Decision d =
        router.route(
            facts("LABOR", "longhua.minzhi.minle", "PARTNER_TRANSFER", "HRSS", "300000", 12),
            seededRules(),
            flags);
    assertEquals("hrss-labor-to-street", d.rule());
    assertEquals(
        List.of("many-applicants-to-street", "claim-over-200k-to-street", "community-of-location"),
        d.laterMatchingRules());
    assertEquals(
        List.of("longhua.minzhi.minle", "longhua"),
        d.alternatives().stream().map(Decision.Alternative::centerCode).toList());
    assertEquals(List.of("MAJOR_CONSULTATION"), d.flags());
  }

  @Test
  void smallClaimsAreFastTrackedAndAWholeEstateIsAMajorMatter() {
    assertEquals(
        List.of("FAST_TRACK"),
        flags.flagsFor(facts("CONSUMER", "x", "GRID_MOBILE", "", "3000", 1)));
    assertEquals(
        List.of(), flags.flagsFor(facts("CONSUMER", "x", "GRID_MOBILE", "", "50000.01", 1)));
    assertEquals(
        List.of("FAST_TRACK", "MAJOR_CONSULTATION"),
        flags.flagsFor(facts("PROPERTY_MGMT", "x", "GRID_MOBILE", "", "800", 45)));
  }

  @Test
  void withoutRulesTheCommunityOfTheLocationHandlesItAndAnUnknownLocationGoesToTheDistrict() {
    assertEquals(
        "longhua.minzhi.minle",
        router
            .route(
                facts("LABOR", "longhua.minzhi.minle", "GRID_MOBILE", "", "", 1), List.of(), flags)
            .center()
            .code());
    Decision unknown =
        router.route(
            facts("LABOR", "longhua.nowhere.x", "GRID_MOBILE", "", "", 1), List.of(), flags);
    assertEquals("longhua", unknown.center().code());
    assertEquals("district-fallback-unknown-location", unknown.rule());
  }
}
