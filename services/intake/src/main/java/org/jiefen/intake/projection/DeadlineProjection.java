package org.jiefen.intake.projection;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jiefen.intake.domain.ArbitrationRight;
import org.jiefen.intake.domain.DeadlineView;
import org.jiefen.intake.repository.DeadlineViewRepository;
import org.jiefen.intake.service.PartnerStatusFeed;
import org.jiefen.platform.inbox.EventHandler;
import org.jiefen.platform.inbox.IncomingEvent;

/**
 * sla-monitor's clocks in the case view (deadline_view) and on the timeline: opened, changed
 * (paused, resumed, extended, recomputed, moved with the dispute), closed, warned and overdue — the
 * last two with the center that held the case, which statistics count them against (docs/stats.md).
 */
@ApplicationScoped
public class DeadlineProjection {

  private final DeadlineViewRepository deadlines;
  private final CaseLines lines;
  private final PartnerStatusFeed partners;

  DeadlineProjection(
      DeadlineViewRepository deadlines, CaseLines lines, PartnerStatusFeed partners) {
    this.deadlines = deadlines;
    this.lines = lines;
    this.partners = partners;
  }

  Map<String, EventHandler> handlers() {
    return Map.of(
        "deadline.opened.v1", this::deadlineOpened,
        "deadline.changed.v1", this::deadlineChanged,
        "deadline.closed.v1", this::deadlineClosed,
        "sla.warning.v1", this::slaWarning,
        "sla.overdue.v1", this::slaOverdue);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void deadlineOpened(IncomingEvent e) {
    lines
        .held(e)
        .ifPresent(
            d -> {
              if (deadlines.findByIdOptional(e.text("deadlineId")).isEmpty()) {
                deadlines.persist(
                    new DeadlineView(
                        e.text("deadlineId"),
                        d.id(),
                        e.text("clock"),
                        e.text("centerCode"),
                        Instant.parse(e.text("startedAt")),
                        Instant.parse(e.text("warnAt")),
                        Instant.parse(e.text("dueAt")),
                        e.payload().path("provisional").asBoolean(),
                        e.text("citation")));
              }
              lines.record(
                  e,
                  e.text("centerCode"),
                  "Clock %s started, due %s".formatted(e.text("clock"), e.text("dueAt")),
                  null);
            });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void deadlineClosed(IncomingEvent e) {
    lines
        .held(e)
        .ifPresent(
            d -> {
              boolean met = e.payload().path("met").asBoolean();
              String state = e.text("state") != null ? e.text("state") : met ? "MET" : "LATE";
              deadlines.findByIdOptional(e.text("deadlineId")).ifPresent(v -> v.closed(met, state));
              lines.record(
                  e,
                  e.text("centerCode"),
                  "Clock %s stopped (%s)"
                      .formatted(e.text("clock"), state.toLowerCase(Locale.ROOT).replace('_', ' ')),
                  null);
            });
  }

  /** A running clock moved: its due instant, state or (a dispute's own clock) its center. */
  @Transactional(Transactional.TxType.MANDATORY)
  void deadlineChanged(IncomingEvent e) {
    lines
        .held(e)
        .ifPresent(
            d -> {
              JsonNode p = e.payload();
              deadlines
                  .findByIdOptional(e.text("deadlineId"))
                  .ifPresent(
                      v ->
                          v.changed(
                              e.text("centerCode"),
                              Instant.parse(e.text("dueAt")),
                              CaseLines.instantOrNull(e.text("warnAt")),
                              p.has("provisional") ? p.path("provisional").asBoolean() : null,
                              e.text("state")));
              String change = e.text("change");
              String what =
                  "TRANSFERRED".equals(change)
                      ? "moved to " + e.text("centerCode")
                      : change.toLowerCase(Locale.ROOT);
              lines.record(
                  e,
                  e.text("centerCode"),
                  "Clock %s %s, due %s".formatted(e.text("clock"), what, e.text("dueAt")),
                  null);
            });
  }

  /** The clock passed its warning point at the center that holds the case. */
  @Transactional(Transactional.TxType.MANDATORY)
  void slaWarning(IncomingEvent e) {
    lines
        .held(e)
        .ifPresent(
            d -> {
              deadlines
                  .findByIdOptional(e.text("deadlineId"))
                  .ifPresent(
                      v ->
                          v.warned(
                              CaseLines.instantOrNull(e.text("warnAt")),
                              e.text("centerCode"),
                              CaseLines.at(e)));
              lines.record(
                  e,
                  e.text("centerCode"),
                  "Clock %s due soon at %s (due %s)"
                      .formatted(e.text("clock"), e.text("centerCode"), e.text("dueAt")),
                  null);
            });
  }

  /**
   * The clock ran out; the event names the center that held the case then, which statistics count
   * it against (docs/stats.md). When its consequence is the parties' right to arbitration, the case
   * notes it once and a partner platform that handed the case in hears it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void slaOverdue(IncomingEvent e) {
    lines
        .held(e)
        .ifPresent(
            d -> {
              deadlines
                  .findByIdOptional(e.text("deadlineId"))
                  .ifPresent(
                      v ->
                          v.ranOut(
                              Instant.parse(e.text("dueAt")),
                              e.text("centerCode"),
                              CaseLines.at(e)));
              String summary =
                  "Clock %s overdue at %s".formatted(e.text("clock"), e.text("centerCode"));
              if (ArbitrationRight.CONSEQUENCE.equals(e.text("consequence"))
                  && d.arbitrationRightArose(
                      e.text("centerCode"), e.text("citation"), CaseLines.at(e))) {
                summary += "; the parties may apply for arbitration: " + ArbitrationRight.NOTICE;
                partners.arbitrationRight(d);
              }
              lines.record(e, e.text("centerCode"), summary, null);
            });
  }
}
