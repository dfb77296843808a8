package org.jiefen.mediatorpool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.MediatorKind;
import org.jiefen.mediatorpool.domain.Organisation;
import org.jiefen.mediatorpool.domain.OrganisationKind;
import org.jiefen.mediatorpool.domain.RosterRules;
import org.jiefen.platform.problem.Problem;
import org.junit.jupiter.api.Test;

class RosterRulesTest {

  static final Set<String> CATEGORIES = Set.of("LABOR", "FAMILY");
  static final Organisation STREET_LABOR =
      new Organisation(
          "ORG-DALANG-LABOR",
          "大浪街道劳动争议调解委员会",
          OrganisationKind.INDUSTRY_PROFESSIONAL,
          "longhua.dalang",
          true);

  static Mediator at(String center, String org, List<String> specialties) {
    return new Mediator(
        "m-1",
        null,
        "林秀英",
        MediatorKind.PROFESSIONAL,
        center,
        org,
        specialties,
        List.of(),
        5,
        true);
  }

  static List<Problem.FieldError> check(Mediator m, Mediator existing, Organisation org) {
    return RosterRules.check(m, existing, org, CATEGORIES::contains);
  }

  @Test
  void aMediatorMayWorkAtItsOrganisationsCenterOrBelowIt() {
    assertEquals(
        List.of(), check(at("longhua.dalang", "ORG-DALANG-LABOR", List.of()), null, STREET_LABOR));
    assertEquals(
        List.of(),
        check(at("longhua.dalang.langkou", "ORG-DALANG-LABOR", List.of()), null, STREET_LABOR));

    List<Problem.FieldError> elsewhere =
        check(at("longhua.minzhi", "ORG-DALANG-LABOR", List.of()), null, STREET_LABOR);
    assertEquals("organisationCode", elsewhere.get(0).field());
    List<Problem.FieldError> above =
        check(at("longhua", "ORG-DALANG-LABOR", List.of()), null, STREET_LABOR);
    assertEquals(1, above.size());
  }

  @Test
  void anUnknownOrganisationIsNamed() {
    List<Problem.FieldError> errors =
        check(at("longhua.dalang", "ORG-NOWHERE", List.of()), null, null);
    assertEquals(
        List.of(new Problem.FieldError("organisationCode", "unknown organisation ORG-NOWHERE")),
        errors);
  }

  @Test
  void nobodyJoinsARetiredOrganisationButItsMembersMayStay() {
    Organisation retired =
        new Organisation(
            "ORG-DALANG-LABOR",
            "旧名",
            OrganisationKind.INDUSTRY_PROFESSIONAL,
            "longhua.dalang",
            false);
    Mediator member = at("longhua.dalang", "ORG-DALANG-LABOR", List.of());

    assertEquals(1, check(member, null, retired).size());
    assertEquals(1, check(member, at("longhua.dalang", "ORG-OTHER", List.of()), retired).size());
    assertEquals(List.of(), check(member, member, retired));
  }

  @Test
  void everySpecialtyMustBeAKnownCategory() {
    List<Problem.FieldError> errors =
        check(at("longhua.dalang", null, List.of("LABOR", "LABOUR", "MEDICAL")), null, null);
    assertEquals(
        List.of(
            new Problem.FieldError("specialties[1]", "unknown category LABOUR"),
            new Problem.FieldError("specialties[2]", "unknown category MEDICAL")),
        errors);
  }
}
