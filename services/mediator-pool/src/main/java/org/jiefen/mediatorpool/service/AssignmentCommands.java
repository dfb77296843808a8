package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.ConflictOfInterest;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.MediatorLoad;
import org.jiefen.mediatorpool.domain.Pick;
import org.jiefen.mediatorpool.domain.RoutedDispute;
import org.jiefen.mediatorpool.messaging.out.DisputeAssigned;
import org.jiefen.mediatorpool.messaging.out.MediationEvents;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.mediatorpool.repository.DisclosureRepository;
import org.jiefen.mediatorpool.repository.DisputePartyRepository;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.platform.security.OrgScope;

/**
 * The mediator's answer to an assignment, and staff reassigning by hand. Each change, its events
 * and (after a decline) the next assignment commit together.
 */
@ApplicationScoped
public class AssignmentCommands {

  public static final String STAFF_RULE = "staff-reassignment";

  private final AssignmentAccess access;
  private final AssignmentService service;
  private final AssignmentRepository assignments;
  private final MediatorRepository mediators;
  private final DisputePartyRepository parties;
  private final DisclosureRepository disclosures;
  private final Outbox outbox;
  private final Caller caller;
  private final String topic;
  private final ZoneId zone;

  AssignmentCommands(
      AssignmentAccess access,
      AssignmentService service,
      AssignmentRepository assignments,
      MediatorRepository mediators,
      DisputePartyRepository parties,
      DisclosureRepository disclosures,
      Outbox outbox,
      Caller caller,
      @ConfigProperty(name = "jiefen.topics.mediation") String topic,
      @ConfigProperty(name = "jiefen.mediation.zone") ZoneId zone) {
    this.access = access;
    this.service = service;
    this.assignments = assignments;
    this.mediators = mediators;
    this.parties = parties;
    this.disclosures = disclosures;
    this.outbox = outbox;
    this.caller = caller;
    this.topic = topic;
    this.zone = zone;
  }

  @Transactional
  public Assignment accept(String disputeId) {
    Assignment a = access.currentForUpdate(disputeId);
    access.requireAssignee(a, "accept");
    Instant now = Instant.now();
    a.accept(caller.username(), now);
    outbox.publish(topic, MediationEvents.Accepted.of(a, caller.actor(), now));
    return a;
  }

  /** Declines and assigns the next mediator; returns the declined assignment. */
  @Transactional
  public Assignment decline(String disputeId, String reason) {
    Assignment a = access.currentForUpdate(disputeId);
    access.requireAssignee(a, "decline");
    Instant now = Instant.now();
    a.decline(caller.username(), reason, now);
    outbox.publish(topic, MediationEvents.Declined.of(a, caller.actor(), false, now));
    service.reassignAfter(a, "reassigned after " + a.mediatorCode() + " declined: " + reason);
    return a;
  }

  /**
   * Staff give the dispute to a mediator of their choosing. {@code expectedVersion} is what the
   * caller saw (If-Match); when another change came first, the caller gets 409 and looks again.
   */
  @Transactional
  public Assignment reassign(
      String disputeId, String mediatorCode, String reason, String expectedTag) {
    Assignment current = access.currentForUpdate(disputeId);
    access.requireStaff();
    if (expectedTag != null && !expectedTag.equals(tagOf(current))) {
      throw ProblemException.conflict(
          "the assignment changed since you read it (now %s, assignment %s)"
              .formatted(current.status(), tagOf(current)));
    }
    Mediator chosen =
        mediators
            .findByIdOptional(mediatorCode)
            .filter(m -> mayServe(m, current.centerCode()))
            .orElseThrow(
                () ->
                    ProblemException.invalidField(
                        "mediatorId", "is not a mediator who may serve this dispute's center"));
    String unfit = unfit(chosen, current.disputeId());
    if (unfit != null) {
      throw ProblemException.invalidField("mediatorId", unfit);
    }
    Instant now = Instant.now();
    current.reassignedAway(caller.username(), reason, now);
    MediatorLoad load =
        assignments
            .loadsOf(List.of(chosen.code()))
            .getOrDefault(chosen.code(), MediatorLoad.none(chosen.code()));
    Pick pick = staffPick(current, chosen, load, reason);
    DisputeAssigned.Trace trace =
        new DisputeAssigned.Trace(pick.rule(), pick.inputs(), pick.candidates());
    RoutedDispute dispute =
        new RoutedDispute(
            current.disputeId(), current.routedEventId(), current.centerCode(), current.category());
    Assignment next = new Assignment(dispute, pick, service.json(trace), now);
    assignments.persist(next);
    DisputeAssigned event =
        DisputeAssigned.of(
                dispute.disputeId(),
                dispute.centerCode(),
                chosen.code(),
                chosen.name(),
                chosen.username(),
                trace)
            .because("reassigned by " + caller.username() + (reason == null ? "" : ": " + reason));
    outbox.publish(topic, event);
    next.announced(event.eventId());
    return next;
  }

  /** The ETag of an assignment: which row and which change of it. */
  public static String tagOf(Assignment a) {
    return "\"" + a.id() + "-" + a.version() + "\"";
  }

  /**
   * A mediator of the dispute's center or of a center above it, or one within the staff's reach.
   */
  private boolean mayServe(Mediator m, String centerCode) {
    return OrgScope.covers(m.centerCode(), centerCode) || caller.covers(m.centerCode());
  }

  private String unfit(Mediator m, String disputeId) {
    if (!m.active()) {
      return "is retired or inactive";
    }
    if (m.onLeave(LocalDate.now(zone))) {
      return "is on leave today";
    }
    return ConflictOfInterest.of(m, disclosures.ofMediator(m.code()), parties.ofDispute(disputeId));
  }

  private Pick staffPick(Assignment current, Mediator chosen, MediatorLoad load, String reason) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("centerCode", current.centerCode());
    inputs.put("category", current.category());
    inputs.put("by", caller.username());
    inputs.put("reason", reason);
    inputs.put("previousMediatorCode", current.mediatorCode());
    String why =
        load.open() >= chosen.capacity()
            ? "chosen by staff over capacity (%d open of %d)"
                .formatted(load.open(), chosen.capacity())
            : "chosen by staff";
    return new Pick(
        chosen,
        null,
        STAFF_RULE,
        inputs,
        List.of(
            new Pick.Candidate(
                chosen.code(),
                chosen.name(),
                chosen.kind(),
                chosen.specialties(),
                load.open(),
                chosen.capacity(),
                load.lastAssignedAt(),
                true,
                why)));
  }
}
