package org.jiefen.intake.projection;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.DisputeStatus;
import org.jiefen.intake.repository.DisputeRepository;
import org.jiefen.intake.service.DisputeStages;
import org.jiefen.intake.service.PartnerStatusFeed;
import org.jiefen.platform.inbox.EventHandler;
import org.jiefen.platform.inbox.IncomingEvent;

/**
 * Keeps the case view current from the other services' events (ADR 0002). Each handler runs in the
 * inbox transaction, so the view change, the timeline line and the processed-event mark commit
 * together. Events about a dispute this intake does not hold are ignored: they belong to another
 * deployment sharing the broker.
 */
@ApplicationScoped
public class CaseViewProjection {

  private final DisputeRepository disputes;
  private final PartnerStatusFeed partners;
  private final DisputeStages stages;
  private final CaseLines lines;
  private final DeadlineProjection deadlines;

  CaseViewProjection(
      DisputeRepository disputes,
      PartnerStatusFeed partners,
      DisputeStages stages,
      CaseLines lines,
      DeadlineProjection deadlines) {
    this.disputes = disputes;
    this.partners = partners;
    this.stages = stages;
    this.lines = lines;
    this.deadlines = deadlines;
  }

  public Map<String, EventHandler> handlers() {
    Map<String, EventHandler> handlers = new HashMap<>(deadlines.handlers());
    handlers.putAll(caseHandlers());
    return handlers;
  }

  private Map<String, EventHandler> caseHandlers() {
    return Map.ofEntries(
        Map.entry("dispute.routed.v1", watched(this::routed)),
        Map.entry("dispute.assigned.v1", watched(this::assigned)),
        Map.entry("dispute.unassigned.v1", watched(this::unassigned)),
        Map.entry("mediation.accepted.v1", watched(this::accepted)),
        Map.entry("mediation.concluded.v1", watched(this::concluded)),
        Map.entry("dispute.acknowledged.v1", this::acknowledged),
        Map.entry("confirmation.requested.v1", watched(this::confirmationRequested)),
        Map.entry("confirmation.accepted.v1", watched(this::confirmationAccepted)),
        Map.entry("confirmation.decided.v1", watched(this::confirmationDecided)),
        Map.entry("confirmation.materialsrequested.v1", line(e -> "The court asked for materials")),
        Map.entry(
            "confirmation.materialssupplied.v1", line(e -> "Materials supplied to the court")),
        Map.entry("confirmation.extended.v1", line(e -> "The court extended its decision period")),
        Map.entry("confirmation.refused.v1", line(e -> "Judicial confirmation refused: too late")),
        Map.entry("mediation.declined.v1", line(MediationLines::declined)),
        Map.entry("mediation.logged.v1", line(MediationLines::logged)),
        Map.entry("mediation.contacted.v1", line(e -> "First contact with the other party")),
        Map.entry("mediation.paused.v1", line(MediationLines::paused)),
        Map.entry("mediation.resumed.v1", line(e -> "Mediation resumed")),
        Map.entry("mediation.extended.v1", line(MediationLines::extended)),
        Map.entry("mediation.followedup.v1", line(MediationLines::followedUp)));
  }

  /** An event that only adds a line to the timeline, in words from {@code summary}. */
  private EventHandler line(java.util.function.Function<IncomingEvent, String> summary) {
    return e -> held(e).ifPresent(d -> record(e, e.text("centerCode"), summary.apply(e)));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void confirmationAccepted(IncomingEvent e) {
    held(e)
        .ifPresent(
            d -> {
              d.confirmationAccepted(at(e));
              record(e, e.text("centerCode"), "Accepted by " + e.text("courtCode"));
            });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void confirmationDecided(IncomingEvent e) {
    held(e)
        .ifPresent(
            d -> {
              boolean confirmed = "CONFIRMED".equals(e.text("result"));
              d.confirmationDecided(confirmed, at(e));
              record(
                  e,
                  e.text("centerCode"),
                  confirmed
                      ? "Confirmed by " + e.text("courtCode") + ", ruling " + e.text("rulingNumber")
                      : "Confirmation rejected by %s (%s)"
                          .formatted(e.text("courtCode"), e.text("reasonCode")));
            });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void unassigned(IncomingEvent e) {
    held(e)
        .ifPresent(
            d -> {
              d.unassigned(at(e));
              record(e, e.text("centerCode"), "No mediator available at " + e.text("centerCode"));
            });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void accepted(IncomingEvent e) {
    held(e)
        .ifPresent(
            d -> {
              d.mediationStarted(at(e));
              record(e, e.text("centerCode"), "Accepted by mediator " + e.text("mediatorCode"));
            });
  }

  /** Runs a handler that may change the status, then tells a partner platform if it did. */
  private EventHandler watched(EventHandler handler) {
    return e -> {
      DisputeStatus before =
          disputes.findByIdOptional(e.disputeId()).map(Dispute::status).orElse(null);
      handler.handle(e);
      if (before != null) {
        partners.afterChange(disputes.findById(e.disputeId()), before, e.type(), at(e));
      }
    };
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void routed(IncomingEvent e) {
    held(e)
        .ifPresent(
            d -> {
              JsonNode p = e.payload();
              List<String> flags = new ArrayList<>();
              p.path("flags").forEach(f -> flags.add(f.asText()));
              d.routed(
                  e.text("centerCode"),
                  e.text("mediationType"),
                  flags,
                  p.path("trace").toString(),
                  at(e));
              record(
                  e,
                  e.text("centerCode"),
                  "Routed to %s (%s, rule %s)"
                      .formatted(
                          e.text("centerCode"),
                          e.text("mediationType"),
                          p.path("trace").path("rule").asText()));
              stages.refresh(d);
            });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void assigned(IncomingEvent e) {
    held(e)
        .ifPresent(
            d -> {
              d.assigned(
                  e.text("mediatorCode"),
                  e.text("mediatorName"),
                  e.text("mediatorUsername"),
                  at(e));
              record(e, e.text("centerCode"), "Assigned to mediator " + e.text("mediatorName"));
            });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void concluded(IncomingEvent e) {
    held(e)
        .ifPresent(
            d -> {
              boolean settled = "SETTLED".equals(e.text("outcome"));
              d.concluded(settled, at(e));
              String ask =
                  e.payload().path("confirmationRequested").asBoolean()
                      ? "; judicial confirmation requested"
                      : "";
              record(
                  e,
                  e.text("centerCode"),
                  "Mediation " + e.text("outcome") + ask,
                  e.text("outcome"));
              stages.refresh(d);
            });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void acknowledged(IncomingEvent e) {
    held(e)
        .ifPresent(d -> record(e, e.text("centerCode"), "Acknowledged by " + e.text("centerCode")));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void confirmationRequested(IncomingEvent e) {
    held(e)
        .ifPresent(
            d -> {
              d.confirmationRequested(at(e));
              record(
                  e,
                  e.text("centerCode"),
                  "Judicial confirmation application sent to " + e.text("courtCode"));
            });
  }

  private Optional<Dispute> held(IncomingEvent e) {
    return lines.held(e);
  }

  private void record(IncomingEvent e, String centerCode, String summary) {
    lines.record(e, centerCode, summary, null);
  }

  private void record(IncomingEvent e, String centerCode, String summary, String outcome) {
    lines.record(e, centerCode, summary, outcome);
  }

  private static Instant at(IncomingEvent e) {
    return CaseLines.at(e);
  }
}
