package org.jiefen.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jiefen.intake.domain.Stages.Line;
import org.jiefen.intake.domain.Stages.Stage;
import org.junit.jupiter.api.Test;

class StagesTest {

  static final String A = "longhua.minzhi.minle";
  static final String S = "longhua.minzhi";
  static final String D = "longhua";

  static Instant day(double d) {
    return Instant.parse("2026-03-01T00:00:00Z").plusSeconds(Math.round(d * 86_400));
  }

  static Line line(long seq, String type, String center, double at) {
    return new Line(seq, "e" + seq, type, center, day(at));
  }

  @Test
  void aRoutingStartsAStageThatTheConclusionEnds() {
    assertEquals(
        List.of(new Stage("e1", A, day(0), day(3), Stages.CONCLUDED)),
        Stages.of(List.of(line(1, Stages.ROUTED, A, 0), line(2, Stages.CONCLUDED, A, 3))));
  }

  @Test
  void aTransferEndsTheStageAndStartsTheNextWhichStaysOpen() {
    assertEquals(
        List.of(
            new Stage("e1", A, day(0), day(2), Stages.ROUTED),
            new Stage("e2", S, day(2), null, null)),
        Stages.of(List.of(line(1, Stages.ROUTED, A, 0), line(2, Stages.ROUTED, S, 2))));
  }

  @Test
  void anEscalationAfterAFailureLeavesNoStageInBetween() {
    List<Line> lines =
        List.of(
            line(1, Stages.ROUTED, A, 0),
            line(2, Stages.CONCLUDED, A, 1.5),
            line(3, Stages.ROUTED, S, 1.6),
            line(4, Stages.CONCLUDED, S, 5.6));
    assertEquals(
        List.of(
            new Stage("e1", A, day(0), day(1.5), Stages.CONCLUDED),
            new Stage("e3", S, day(1.6), day(5.6), Stages.CONCLUDED)),
        Stages.of(lines));
  }

  @Test
  void aWithdrawalEndsTheStageAndOtherLinesDoNot() {
    assertEquals(
        List.of(new Stage("e1", D, day(0), day(9), Stages.WITHDRAWN)),
        Stages.of(
            List.of(
                line(1, Stages.ROUTED, D, 0),
                line(2, "dispute.assigned.v1", D, 1),
                line(3, "sla.overdue.v1", D, 4),
                line(4, Stages.WITHDRAWN, D, 9))));
  }

  @Test
  void linesCountInTheOrderTheyOccurredWhateverTheirArrival() {
    List<Line> lines =
        new ArrayList<>(
            List.of(
                line(1, Stages.CONCLUDED, S, 6), // arrived first, occurred last
                line(2, Stages.ROUTED, S, 2),
                line(3, Stages.ROUTED, A, 0)));
    List<Stage> expected =
        List.of(
            new Stage("e3", A, day(0), day(2), Stages.ROUTED),
            new Stage("e2", S, day(2), day(6), Stages.CONCLUDED));
    assertEquals(expected, Stages.of(lines));
    Collections.reverse(lines);
    assertEquals(expected, Stages.of(lines));
  }

  @Test
  void linesAtTheSameInstantCountInArrivalOrder() {
    assertEquals(
        List.of(
            new Stage("e1", A, day(0), day(1), Stages.ROUTED),
            new Stage("e2", S, day(1), day(1), Stages.CONCLUDED)),
        Stages.of(
            List.of(
                line(3, Stages.CONCLUDED, S, 1),
                line(1, Stages.ROUTED, A, 0),
                line(2, Stages.ROUTED, S, 1))));
  }

  @Test
  void noRoutingNoStage() {
    assertEquals(List.of(), Stages.of(List.of(line(1, Stages.CONCLUDED, A, 1))));
    assertEquals(List.of(), Stages.of(List.of()));
  }
}
