package org.jiefen.intake.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The stages of one dispute from its timeline (docs/stats.md): each dispute.routed.v1 line starts a
 * stage at the center it names, which ends at the dispute's next line of the three kinds below —
 * another routing (a transfer or escalation), the mediation's conclusion, or the withdrawal. Lines
 * are taken in the order they occurred, ties in the order they arrived; a conclusion followed by a
 * routing (an escalation after a failure) leaves no stage between them.
 */
public final class Stages {

  public static final String ROUTED = "dispute.routed.v1";
  public static final String CONCLUDED = "mediation.concluded.v1";
  public static final String WITHDRAWN = "dispute.withdrawn.v1";
  public static final List<String> LINE_TYPES = List.of(ROUTED, CONCLUDED, WITHDRAWN);

  private Stages() {}

  /** One timeline line; {@code seq} is its arrival order (the timeline's id). */
  public record Line(long seq, String eventId, String type, String centerCode, Instant at) {}

  /** {@code endedAt} and {@code endedBy} are null while the dispute is still at the center. */
  public record Stage(
      String routedEventId,
      String centerCode,
      Instant startedAt,
      Instant endedAt,
      String endedBy) {}

  public static List<Stage> of(List<Line> lines) {
    List<Line> ordered =
        lines.stream()
            .filter(l -> LINE_TYPES.contains(l.type()))
            .sorted(Comparator.comparing(Line::at).thenComparingLong(Line::seq))
            .toList();
    List<Stage> stages = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      Line line = ordered.get(i);
      if (!line.type().equals(ROUTED) || line.centerCode() == null) {
        continue;
      }
      Line next = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
      stages.add(
          new Stage(
              line.eventId(),
              line.centerCode(),
              line.at(),
              next == null ? null : next.at(),
              next == null ? null : next.type()));
    }
    return stages;
  }
}
