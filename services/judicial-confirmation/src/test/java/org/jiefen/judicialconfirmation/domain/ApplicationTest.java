package org.jiefen.judicialconfirmation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.jiefen.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every transition of an application, allowed and refused. */
class ApplicationTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final Instant T = Instant.parse("2026-11-23T03:00:00Z");
  static final String RULING = "(2026)粤0309民特123号";

  static Application pending() {
    return Application.request(
        "d-1",
        "court-longhua",
        "longhua.minzhi.minle",
        "M-1",
        new Application.Agreement(
            "支付12000元", LocalDate.parse("2026-11-20"), "民乐社区人民调解委员会", "[]", "ab"),
        T,
        BEIJING);
  }

  /** Brings a fresh application into the named state by the legal path. */
  static Application in(ApplicationStatus state) {
    Application a = pending();
    switch (state) {
      case PENDING -> {}
      case ACCEPTED -> a.accept("clerk", T);
      case MATERIALS_REQUESTED -> {
        a.accept("clerk", T);
        a.requestMaterials("[\"身份证明\"]", T);
      }
      case CONFIRMED -> {
        a.accept("clerk", T);
        a.decide(ApplicationStatus.CONFIRMED, RULING, null, null, "judge", T, BEIJING);
      }
      case REJECTED -> {
        a.accept("clerk", T);
        a.decide(
            ApplicationStatus.REJECTED,
            null,
            RejectionGround.UNCLEAR_CONTENT,
            null,
            "judge",
            T,
            BEIJING);
      }
      case REFUSED_LATE -> {
        return Application.request(
            "d-2",
            "court-longhua",
            "longhua.minzhi.minle",
            "M-1",
            new Application.Agreement("x", LocalDate.parse("2026-09-01"), "o", "[]", null),
            T,
            BEIJING);
      }
    }
    assertEquals(state, a.status());
    return a;
  }

  static Consumer<Application> action(String name) {
    return switch (name) {
      case "accept" -> a -> a.accept("clerk", T);
      case "materials" -> a -> a.requestMaterials("[\"x\"]", T);
      case "supply" -> a -> a.supplyMaterials("已补充", T);
      case "extend" -> a -> a.extend("院长", "需核实", T);
      case "confirm" ->
          a -> a.decide(ApplicationStatus.CONFIRMED, RULING, null, null, "judge", T, BEIJING);
      case "reject" ->
          a ->
              a.decide(
                  ApplicationStatus.REJECTED,
                  null,
                  RejectionGround.HARMS_THIRD_PARTY,
                  null,
                  "judge",
                  T,
                  BEIJING);
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{1} from {0} → {2}")
  @CsvSource({
    // from,                action,    to (or 409)
    "PENDING,               accept,    ACCEPTED",
    "PENDING,               materials, 409",
    "PENDING,               supply,    409",
    "PENDING,               extend,    409",
    "PENDING,               confirm,   409",
    "PENDING,               reject,    409",
    "ACCEPTED,              accept,    409",
    "ACCEPTED,              materials, MATERIALS_REQUESTED",
    "ACCEPTED,              supply,    409",
    "ACCEPTED,              extend,    ACCEPTED",
    "ACCEPTED,              confirm,   CONFIRMED",
    "ACCEPTED,              reject,    REJECTED",
    "MATERIALS_REQUESTED,   accept,    409",
    "MATERIALS_REQUESTED,   materials, 409",
    "MATERIALS_REQUESTED,   supply,    ACCEPTED",
    "MATERIALS_REQUESTED,   extend,    MATERIALS_REQUESTED",
    "MATERIALS_REQUESTED,   confirm,   CONFIRMED",
    "MATERIALS_REQUESTED,   reject,    REJECTED",
    "CONFIRMED,             accept,    409",
    "CONFIRMED,             materials, 409",
    "CONFIRMED,             supply,    409",
    "CONFIRMED,             extend,    409",
    "CONFIRMED,             confirm,   409",
    "CONFIRMED,             reject,    409",
    "REJECTED,              confirm,   409",
    "REJECTED,              reject,    409",
    "REJECTED,              accept,    409",
    "REFUSED_LATE,          accept,    409",
    "REFUSED_LATE,          confirm,   409",
  })
  void transitions(ApplicationStatus from, String action, String to) {
    Application a = in(from);
    if ("409".equals(to)) {
      ProblemException e = assertThrows(ProblemException.class, () -> action(action).accept(a));
      assertEquals(409, e.status());
      assertTrue(
          e.getMessage().contains(from.name()), "names the current state: " + e.getMessage());
      assertEquals(from, a.status());
    } else {
      action(action).accept(a);
      assertEquals(ApplicationStatus.valueOf(to), a.status());
    }
  }

  @Test
  void anApplicationAfterTheThirtyDayWindowIsRefusedInBeijingTime() {
    // effective 2026-10-24, window ends 2026-11-23 (Beijing): 23:30 Beijing on the 23rd is in time,
    // 00:30 on the 24th is not
    Application.Agreement agreement =
        new Application.Agreement("x", LocalDate.parse("2026-10-24"), "o", "[]", null);
    assertEquals(
        ApplicationStatus.PENDING,
        Application.request(
                "d", "c", "x", "m", agreement, Instant.parse("2026-11-23T15:30:00Z"), BEIJING)
            .status());
    Application late =
        Application.request(
            "d", "c", "x", "m", agreement, Instant.parse("2026-11-23T16:30:00Z"), BEIJING);
    assertEquals(ApplicationStatus.REFUSED_LATE, late.status());
    assertEquals(LocalDate.parse("2026-11-23"), late.applyBy());
  }

  @Test
  void theDecisionPeriodIsExtendedOnceOnly() {
    Application a = in(ApplicationStatus.ACCEPTED);
    a.extend("李院长", "需核实履行能力", T);
    ProblemException e = assertThrows(ProblemException.class, () -> a.extend("李院长", "再延", T));
    assertEquals(409, e.status());
  }

  @Test
  void aConfirmationNeedsAWellFormedRulingNumberAndARejectionAGround() {
    Application a = in(ApplicationStatus.ACCEPTED);
    for (String bad : new String[] {null, "123号", "(2026)粤0309民初123号", "(2025)粤0309民特1号"}) {
      ProblemException e =
          assertThrows(
              ProblemException.class,
              () -> a.decide(ApplicationStatus.CONFIRMED, bad, null, null, "j", T, BEIJING));
      assertEquals("rulingNumber", e.errors().get(0).field(), String.valueOf(bad));
    }
    assertEquals(
        "reasonCode",
        assertThrows(
                ProblemException.class,
                () -> a.decide(ApplicationStatus.REJECTED, null, null, null, "j", T, BEIJING))
            .errors()
            .get(0)
            .field());
    assertEquals(
        "reason",
        assertThrows(
                ProblemException.class,
                () ->
                    a.decide(
                        ApplicationStatus.REJECTED,
                        null,
                        RejectionGround.OTHER,
                        " ",
                        "j",
                        T,
                        BEIJING))
            .errors()
            .get(0)
            .field());
    assertEquals(ApplicationStatus.ACCEPTED, a.status());
    a.decide(ApplicationStatus.CONFIRMED, "（2026）粤0309民特7号", null, null, "j", T, BEIJING);
    assertEquals("（2026）粤0309民特7号", a.rulingNumber());
    assertNull(a.reasonCode());
  }
}
