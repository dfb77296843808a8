package org.jiefen.mediatorpool;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.jiefen.mediatorpool.domain.ConflictOfInterest;
import org.jiefen.mediatorpool.domain.Disclosure;
import org.jiefen.mediatorpool.domain.DisputeParty;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.MediatorKind;
import org.junit.jupiter.api.Test;

/** 在线调解规则 Art. 13: who may not mediate a dispute. */
class ConflictOfInterestTest {

  static final Instant T = Instant.parse("2026-11-24T02:00:00Z");

  static final Mediator WANG =
      new Mediator(
          "m-1", null, "王 芳", MediatorKind.PROFESSIONAL, "longhua.minzhi", List.of(), 5, true);

  static List<DisputeParty> parties(String applicant, String respondent, String respondentOrg) {
    return List.of(
        new DisputeParty("d-1", 0, "APPLICANT", applicant, null),
        new DisputeParty("d-1", 1, "RESPONDENT", respondent, respondentOrg));
  }

  static Disclosure disclosed(Disclosure.Kind kind, String subject) {
    return new Disclosure("m-1", kind, subject, "admin.jiefen", T);
  }

  @Test
  void theMediatorBeingAPartyIsAConflictWhateverTheSpacing() {
    String why = ConflictOfInterest.of(WANG, List.of(), parties("王芳", "某公司", "某公司"));
    assertTrue(why.contains("is a party"), why);
  }

  @Test
  void aDeclaredRelativeAmongThePartiesIsAConflict() {
    String why =
        ConflictOfInterest.of(
            WANG, List.of(disclosed(Disclosure.Kind.RELATIVE, "李强")), parties("张三", "李强", null));
    assertTrue(why.contains("relative"), why);
  }

  @Test
  void aDeclaredAffiliationWithTheRespondentIsAConflictAcrossFullAndHalfWidthForms() {
    List<Disclosure> affiliated =
        List.of(disclosed(Disclosure.Kind.AFFILIATION, "深圳市某某物业管理有限公司（龙华分公司）"));
    String why =
        ConflictOfInterest.of(WANG, affiliated, parties("张三", "赵经理", "深圳市某某物业管理有限公司(龙华分公司)"));
    assertTrue(why.contains("affiliation with the respondent"), why);
    // a respondent that is the company itself, named as a party
    assertTrue(
        ConflictOfInterest.of(WANG, affiliated, parties("张三", "深圳市某某物业管理有限公司（龙华分公司）", null))
            .contains("affiliation"));
  }

  @Test
  void anAffiliationWithTheApplicantsEmployerOrAnUnrelatedCompanyIsNoConflict() {
    List<Disclosure> affiliated = List.of(disclosed(Disclosure.Kind.AFFILIATION, "甲公司"));
    List<DisputeParty> applicantFromThere =
        List.of(
            new DisputeParty("d-1", 0, "APPLICANT", "张三", "甲公司"),
            new DisputeParty("d-1", 1, "RESPONDENT", "乙公司", "乙公司"));
    assertNull(ConflictOfInterest.of(WANG, affiliated, applicantFromThere));
    assertNull(ConflictOfInterest.of(WANG, List.of(), parties("张三", "乙公司", "乙公司")));
  }
}
