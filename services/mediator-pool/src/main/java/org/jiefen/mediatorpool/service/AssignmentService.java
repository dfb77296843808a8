package org.jiefen.mediatorpool.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.ConflictOfInterest;
import org.jiefen.mediatorpool.domain.Disclosure;
import org.jiefen.mediatorpool.domain.DisputeParty;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.MediatorPicker;
import org.jiefen.mediatorpool.domain.Pick;
import org.jiefen.mediatorpool.domain.RoutedDispute;
import org.jiefen.mediatorpool.messaging.out.DisputeAssigned;
import org.jiefen.mediatorpool.messaging.out.MediationEvents;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.mediatorpool.repository.DisclosureRepository;
import org.jiefen.mediatorpool.repository.DisputePartyRepository;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.platform.outbox.Outbox;

/**
 * Assigns a dispute at the center routing chose: on arrival, and again when its mediator declines
 * or lets the acceptance clock run out (passing over whoever already had a turn). The decision and
 * its outgoing event — dispute.assigned.v1, or dispute.unassigned.v1 when nobody fits — commit in
 * one transaction.
 */
@ApplicationScoped
public class AssignmentService {

  private static final Logger LOG = Logger.getLogger(AssignmentService.class);

  private final MediatorRepository mediators;
  private final AssignmentRepository assignments;
  private final DisputePartyRepository parties;
  private final DisclosureRepository disclosures;
  private final Outbox outbox;
  private final ObjectMapper mapper;
  private final String topic;
  private final ZoneId zone;
  private final MediatorPicker picker = new MediatorPicker();

  AssignmentService(
      MediatorRepository mediators,
      AssignmentRepository assignments,
      DisputePartyRepository parties,
      DisclosureRepository disclosures,
      Outbox outbox,
      ObjectMapper mapper,
      @ConfigProperty(name = "jiefen.topics.mediation") String topic,
      @ConfigProperty(name = "jiefen.mediation.zone") ZoneId zone) {
    this.mediators = mediators;
    this.assignments = assignments;
    this.parties = parties;
    this.disclosures = disclosures;
    this.outbox = outbox;
    this.mapper = mapper;
    this.topic = topic;
    this.zone = zone;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void onRouted(IncomingEvent event) {
    RoutedDispute dispute =
        new RoutedDispute(
            event.disputeId(), event.eventId(), event.text("centerCode"), event.text("category"));
    parties.replace(dispute.disputeId(), partiesOf(dispute.disputeId(), event.payload()));
    // Lock the roster first: the loads read below must not change until this commits.
    List<Mediator> roster = mediators.lockRosterOf(dispute.centerCode());
    // Supersede before counting loads, so a re-routing to the same center frees the old slot.
    assignments.lockWaiting(dispute.disputeId()).forEach(Assignment::supersede);
    assign(dispute, roster, Map.of(), null);
  }

  /** A withdrawn dispute frees its mediator's slot; no event: intake already announced it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void onWithdrawn(IncomingEvent event) {
    assignments.lockWaiting(event.disputeId()).forEach(Assignment::withdraw);
  }

  /**
   * Assigns again at the same center after {@code ended} (declined or expired), passing over every
   * mediator who already let this dispute go there.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Assignment reassignAfter(Assignment ended, String why) {
    RoutedDispute dispute =
        new RoutedDispute(
            ended.disputeId(), ended.routedEventId(), ended.centerCode(), ended.category());
    List<Mediator> roster = mediators.lockRosterOf(dispute.centerCode());
    return assign(
        dispute, roster, assignments.passedOver(ended.disputeId(), ended.centerCode()), why);
  }

  private Assignment assign(
      RoutedDispute dispute, List<Mediator> roster, Map<String, String> passedOver, String why) {
    Map<String, String> excluded = new LinkedHashMap<>(passedOver);
    excluded.putAll(conflicts(dispute.disputeId(), roster));
    LocalDate today = LocalDate.now(zone);
    Pick pick =
        picker.pick(
            dispute,
            roster,
            assignments.loadsOf(roster.stream().map(Mediator::code).toList()),
            new MediatorPicker.Constraints(today, excluded));
    DisputeAssigned.Trace trace =
        new DisputeAssigned.Trace(pick.rule(), pick.inputs(), pick.candidates());
    Instant now = Instant.now();
    Assignment assignment = new Assignment(dispute, pick, json(trace), now);
    assignments.persist(assignment);
    if (!pick.found()) {
      LOG.infof("dispute %s unassigned at %s", dispute.disputeId(), dispute.centerCode());
      outbox.publish(topic, MediationEvents.Unassigned.of(assignment, trace, now));
      return assignment;
    }
    Mediator chosen = pick.chosen();
    DisputeAssigned event =
        DisputeAssigned.of(
            dispute.disputeId(),
            dispute.centerCode(),
            chosen.code(),
            chosen.name(),
            chosen.username(),
            trace);
    outbox.publish(topic, why == null ? event : event.because(why));
    assignment.announced(event.eventId());
    return assignment;
  }

  /** Who at this center may not mediate this dispute, and why (在线调解规则 Art. 13). */
  Map<String, String> conflicts(String disputeId, List<Mediator> roster) {
    List<DisputeParty> known = parties.ofDispute(disputeId);
    Map<String, List<Disclosure>> declared =
        disclosures.ofMediators(roster.stream().map(Mediator::code).toList());
    Map<String, String> conflicts = new LinkedHashMap<>();
    for (Mediator m : roster) {
      String reason = ConflictOfInterest.of(m, declared.getOrDefault(m.code(), List.of()), known);
      if (reason != null) {
        conflicts.put(m.code(), reason);
      }
    }
    return conflicts;
  }

  private static List<DisputeParty> partiesOf(String disputeId, JsonNode payload) {
    List<DisputeParty> list = new ArrayList<>();
    JsonNode parties = payload.path("parties");
    for (int i = 0; i < parties.size(); i++) {
      JsonNode p = parties.get(i);
      list.add(
          new DisputeParty(
              disputeId,
              i,
              p.path("role").asText(),
              p.path("name").asText(),
              p.path("organization").asText(null)));
    }
    return list;
  }

  String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise assignment trace", e);
    }
  }
}
