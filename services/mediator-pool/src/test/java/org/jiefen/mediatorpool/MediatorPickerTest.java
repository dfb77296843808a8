package org.jiefen.mediatorpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.MediatorKind;
import org.jiefen.mediatorpool.domain.MediatorLoad;
import org.jiefen.mediatorpool.domain.MediatorPicker;
import org.jiefen.mediatorpool.domain.Pick;
import org.jiefen.mediatorpool.domain.RoutedDispute;
import org.junit.jupiter.api.Test;

class MediatorPickerTest {

  static final String MINLE = "longhua.minzhi.minle";
  static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-11-24");

  private final MediatorPicker picker = new MediatorPicker();

  static Mediator mediator(String code, List<String> specialties, int capacity, boolean active) {
    return new Mediator(
        code, null, "调解员" + code, MediatorKind.PROFESSIONAL, MINLE, specialties, capacity, active);
  }

  static Mediator generalist(String code) {
    return mediator(code, List.of(), 5, true);
  }

  static Map<String, MediatorLoad> loads(MediatorLoad... loads) {
    return Stream.of(loads)
        .collect(Collectors.toMap(MediatorLoad::mediatorCode, Function.identity()));
  }

  static MediatorLoad load(String code, long open, Instant last) {
    return new MediatorLoad(code, open, last);
  }

  private Pick pick(String category, List<Mediator> roster, Map<String, MediatorLoad> loads) {
    return pick(category, roster, loads, Map.of());
  }

  private Pick pick(
      String category,
      List<Mediator> roster,
      Map<String, MediatorLoad> loads,
      Map<String, String> excluded) {
    return picker.pick(
        new RoutedDispute("d-1", "e-1", MINLE, category),
        roster,
        loads,
        new MediatorPicker.Constraints(TODAY, excluded));
  }

  private static Pick.Candidate candidate(Pick pick, String code) {
    return pick.candidates().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void theLeastOpenLoadWins() {
    Pick pick =
        pick(
            "LABOR",
            List.of(generalist("a"), generalist("b"), generalist("c")),
            loads(load("a", 3, T0), load("b", 1, T0), load("c", 2, T0)));

    assertEquals("b", pick.chosen().code());
    assertEquals(MediatorPicker.RULE, pick.rule());
    assertEquals(3, pick.candidates().size());
    assertTrue(candidate(pick, "b").chosen());
    assertEquals(3, candidate(pick, "a").openAssignments());
    assertTrue(candidate(pick, "a").why().contains("3 open against 1"), candidate(pick, "a").why());
    assertEquals(
        Map.of("centerCode", MINLE, "category", "LABOR", "day", TODAY.toString()), pick.inputs());
  }

  @Test
  void aSpecialistOfAnotherCategoryIsSkippedButAGeneralistTakesAnyCategory() {
    Mediator family = mediator("a-family", List.of("FAMILY"), 5, true);
    Mediator labour = mediator("b-labor", List.of("LABOR", "CONTRACT"), 5, true);
    Mediator anyone = generalist("c-any");

    Pick labourPick = pick("LABOR", List.of(family, labour, anyone), loads(load("c-any", 1, T0)));
    assertEquals("b-labor", labourPick.chosen().code());
    assertTrue(candidate(labourPick, "a-family").why().contains("do not include LABOR"));

    Pick trafficPick = pick("TRAFFIC", List.of(family, labour, anyone), Map.of());
    assertEquals("c-any", trafficPick.chosen().code());
  }

  @Test
  void aMediatorAtCapacityIsNotEligibleEvenWithTheLeastLoad() {
    Pick pick =
        pick(
            "LABOR",
            List.of(mediator("a", List.of(), 2, true), mediator("b", List.of(), 10, true)),
            loads(load("a", 2, T0), load("b", 7, T0)));

    assertEquals("b", pick.chosen().code());
    assertEquals("at capacity: 2 open of 2", candidate(pick, "a").why());
  }

  @Test
  void aMediatorWithCapacityZeroTakesNothing() {
    Pick pick = pick("LABOR", List.of(mediator("a", List.of(), 0, true)), Map.of());

    assertFalse(pick.found());
  }

  @Test
  void anInactiveMediatorIsNeverPicked() {
    Pick pick =
        pick(
            "LABOR",
            List.of(mediator("a", List.of(), 5, false), generalist("b")),
            loads(load("b", 4, T0)));

    assertEquals("b", pick.chosen().code());
    assertEquals("inactive", candidate(pick, "a").why());
    assertFalse(candidate(pick, "a").chosen());
  }

  @Test
  void equalLoadsGoToTheLeastRecentlyAssignedAndANewcomerFirst() {
    List<Mediator> roster = List.of(generalist("a"), generalist("b"), generalist("c"));

    Pick pick =
        pick(
            "LABOR",
            roster,
            loads(load("a", 1, T0.plusSeconds(60)), load("b", 1, T0), load("c", 2, T0)));
    assertEquals("b", pick.chosen().code());
    assertTrue(candidate(pick, "b").why().contains("2 tied"), candidate(pick, "b").why());
    assertTrue(candidate(pick, "a").why().contains("assigned more recently"));

    Pick withNewcomer =
        pick("LABOR", roster, loads(load("a", 0, T0.plusSeconds(60)), load("b", 0, T0)));
    assertEquals("c", withNewcomer.chosen().code());
  }

  @Test
  void aFullTieIsBrokenByCodeSoTheChoiceIsDeterministic() {
    Pick pick = pick("LABOR", List.of(generalist("m-2"), generalist("m-1")), Map.of());

    assertEquals("m-1", pick.chosen().code());
    assertEquals(
        List.of("m-1", "m-2"), pick.candidates().stream().map(Pick.Candidate::code).toList());
    assertTrue(candidate(pick, "m-2").why().contains("code sorts first"));
  }

  @Test
  void repeatedAssignmentsRotateThroughEqualMediators() {
    List<Mediator> roster = List.of(generalist("a"), generalist("b"), generalist("c"));
    Map<String, MediatorLoad> state = new java.util.HashMap<>();
    StringBuilder order = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      String chosen = pick("LABOR", roster, state).chosen().code();
      order.append(chosen);
      // each dispute concludes before the next arrives: load back to 0, last assignment now
      state.put(chosen, load(chosen, 0, T0.plusSeconds(i)));
    }
    assertEquals("abcabc", order.toString());
  }

  @Test
  void nobodyFittingGivesNoPickButAReasonAndTheFullTrace() {
    Pick pick =
        pick(
            "LABOR",
            List.of(mediator("a", List.of(), 5, false), mediator("b", List.of("FAMILY"), 5, true)),
            Map.of());

    assertFalse(pick.found());
    assertNull(pick.chosen());
    assertTrue(pick.reason().contains("none of the 2 mediators"), pick.reason());
    assertEquals(2, pick.candidates().size());
    assertTrue(pick.candidates().stream().noneMatch(Pick.Candidate::chosen));
  }

  @Test
  void anEmptyRosterSaysSo() {
    Pick pick = pick("LABOR", List.of(), Map.of());

    assertFalse(pick.found());
    assertEquals("no mediators at " + MINLE, pick.reason());
  }

  @Test
  void aMediatorOnLeaveTodayIsSkippedAndBackTheDayAfter() {
    Mediator away = generalist("a");
    away.addLeave(TODAY.minusDays(2), TODAY, "年假", "admin.jiefen", T0);
    Pick today = pick("LABOR", List.of(away, generalist("b")), loads(load("b", 3, T0)));
    assertEquals("b", today.chosen().code());
    assertEquals("on leave on " + TODAY, candidate(today, "a").why());
    Pick tomorrow =
        picker.pick(
            new RoutedDispute("d-1", "e-1", MINLE, "LABOR"),
            List.of(away, generalist("b")),
            loads(load("b", 3, T0)),
            MediatorPicker.Constraints.none(TODAY.plusDays(1)));
    assertEquals("a", tomorrow.chosen().code());
  }

  @Test
  void whoDeclinedOrHasAConflictIsPassedOverWithTheReasonInTheTrace() {
    Pick pick =
        pick(
            "LABOR",
            List.of(generalist("a"), generalist("b"), generalist("c")),
            Map.of(),
            Map.of(
                "a",
                "declined this dispute: 出差",
                "b",
                "conflict of interest: the mediator is a party"));
    assertEquals("c", pick.chosen().code());
    assertEquals("declined this dispute: 出差", candidate(pick, "a").why());
    assertEquals("conflict of interest: the mediator is a party", candidate(pick, "b").why());
    Pick nobody =
        pick("LABOR", List.of(generalist("a")), Map.of(), Map.of("a", "declined this dispute: x"));
    assertFalse(nobody.found());
    assertTrue(nobody.reason().contains("free of conflicts"), nobody.reason());
  }

  @Test
  void atEqualLoadASpecialistGoesBeforeAGeneralistButLoadComesFirst() {
    Mediator labour = mediator("z-labour", List.of("LABOR"), 5, true);
    Pick tie = pick("LABOR", List.of(generalist("a"), labour), Map.of());
    assertEquals("z-labour", tie.chosen().code());
    assertEquals(
        "eligible, same load, but a generalist; the chosen mediator specialises in it",
        candidate(tie, "a").why());
    Pick busier = pick("LABOR", List.of(generalist("a"), labour), loads(load("z-labour", 2, T0)));
    assertEquals("a", busier.chosen().code());
  }
}
