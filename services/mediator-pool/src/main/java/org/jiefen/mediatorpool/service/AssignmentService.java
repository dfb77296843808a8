package org.jiefen.mediatorpool.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.MediatorPicker;
import org.jiefen.mediatorpool.domain.Pick;
import org.jiefen.mediatorpool.domain.RoutedDispute;
import org.jiefen.mediatorpool.messaging.out.DisputeAssigned;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.platform.outbox.Outbox;

/** Assigns a routed dispute: stores the decision and its outgoing event in one transaction. */
@ApplicationScoped
public class AssignmentService {

  private static final Logger LOG = Logger.getLogger(AssignmentService.class);

  private final MediatorRepository mediators;
  private final AssignmentRepository assignments;
  private final Outbox outbox;
  private final ObjectMapper mapper;
  private final String topic;
  private final MediatorPicker picker = new MediatorPicker();

  AssignmentService(
      MediatorRepository mediators,
      AssignmentRepository assignments,
      Outbox outbox,
      ObjectMapper mapper,
      @ConfigProperty(name = "jiefen.topics.mediation") String topic) {
    this.mediators = mediators;
    this.assignments = assignments;
    this.outbox = outbox;
    this.mapper = mapper;
    this.topic = topic;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void onRouted(IncomingEvent event) {
    RoutedDispute dispute =
        new RoutedDispute(
            event.disputeId(), event.eventId(), event.text("centerCode"), event.text("category"));
    // Lock the roster first: the loads read below must not change until this commits.
    List<Mediator> roster = mediators.lockRosterOf(dispute.centerCode());
    // Supersede before counting loads, so a re-routing to the same center frees the old slot.
    assignments.lockWaiting(dispute.disputeId()).forEach(Assignment::supersede);
    Pick pick =
        picker.pick(
            dispute, roster, assignments.loadsOf(roster.stream().map(Mediator::code).toList()));
    DisputeAssigned.Trace trace =
        new DisputeAssigned.Trace(pick.rule(), pick.inputs(), pick.candidates());
    assignments.persist(new Assignment(dispute, pick, json(trace), Instant.now()));
    if (!pick.found()) {
      // No event yet: announcing an unassigned dispute is the escalation issue's work.
      LOG.infof("dispute %s unassigned: %s", dispute.disputeId(), pick.reason());
      return;
    }
    Mediator chosen = pick.chosen();
    outbox.publish(
        topic,
        DisputeAssigned.of(
            dispute.disputeId(),
            dispute.centerCode(),
            chosen.code(),
            chosen.name(),
            chosen.username(),
            trace));
  }

  /** A withdrawn dispute frees its mediator's slot; no event: intake already announced it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void onWithdrawn(IncomingEvent event) {
    assignments.lockWaiting(event.disputeId()).forEach(Assignment::withdraw);
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise assignment trace", e);
    }
  }
}
