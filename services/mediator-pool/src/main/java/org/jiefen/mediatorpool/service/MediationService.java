package org.jiefen.mediatorpool.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.mediatorpool.domain.Agreement;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.AssignmentStatus;
import org.jiefen.mediatorpool.domain.Conclusion;
import org.jiefen.mediatorpool.domain.DisputeParty;
import org.jiefen.mediatorpool.domain.FollowUp;
import org.jiefen.mediatorpool.domain.IssuedAgreement;
import org.jiefen.mediatorpool.domain.MediationEntry;
import org.jiefen.mediatorpool.domain.MediationExtension;
import org.jiefen.mediatorpool.domain.MediationOutcome;
import org.jiefen.mediatorpool.domain.MediationPause;
import org.jiefen.mediatorpool.domain.Suggestion;
import org.jiefen.mediatorpool.messaging.out.MediationConcluded;
import org.jiefen.mediatorpool.messaging.out.MediationEvents;
import org.jiefen.mediatorpool.repository.DisputePartyRepository;
import org.jiefen.mediatorpool.repository.FollowUpRepository;
import org.jiefen.mediatorpool.repository.MediationEntryRepository;
import org.jiefen.mediatorpool.repository.MediationExtensionRepository;
import org.jiefen.mediatorpool.repository.MediationPauseRepository;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * The mediation itself, by the assigned mediator or center staff: the contact and session log,
 * pauses, consented extensions, the outcome (with the agreement issued as a PDF) and the follow-up
 * of its performance. Every change and its event commit in one transaction; checks run in the order
 * 404 (scope), 403 (role), 400 (input), 409 (state).
 */
@ApplicationScoped
public class MediationService {

  /** One party's consent to an extension. */
  public record Consent(String party, Instant consentedAt, String channel) {}

  private final AssignmentAccess access;
  private final DisputePartyRepository parties;
  private final MediationEntryRepository entries;
  private final MediationPauseRepository pauses;
  private final MediationExtensionRepository extensions;
  private final FollowUpRepository followUps;
  private final AgreementIssuer issuer;
  private final Caller caller;
  private final Outbox outbox;
  private final ObjectMapper mapper;
  private final String topic;
  private final ZoneId zone;

  MediationService(
      AssignmentAccess access,
      DisputePartyRepository parties,
      MediationEntryRepository entries,
      MediationPauseRepository pauses,
      MediationExtensionRepository extensions,
      FollowUpRepository followUps,
      AgreementIssuer issuer,
      Caller caller,
      Outbox outbox,
      ObjectMapper mapper,
      @ConfigProperty(name = "jiefen.topics.mediation") String topic,
      @ConfigProperty(name = "jiefen.mediation.zone") ZoneId zone) {
    this.access = access;
    this.parties = parties;
    this.entries = entries;
    this.pauses = pauses;
    this.extensions = extensions;
    this.followUps = followUps;
    this.issuer = issuer;
    this.caller = caller;
    this.outbox = outbox;
    this.mapper = mapper;
    this.topic = topic;
    this.zone = zone;
  }

  @Transactional
  public MediationEntry log(
      String disputeId,
      MediationEntry.Kind kind,
      MediationEntry.Mode mode,
      Instant heldAt,
      boolean withOtherParty,
      List<String> participants,
      String notes) {
    Assignment a = mayWork(disputeId);
    Instant now = Instant.now();
    if (heldAt.isAfter(now.plusSeconds(300))) {
      throw ProblemException.invalidField("heldAt", "must not be in the future");
    }
    boolean first = a.contacted(withOtherParty, heldAt);
    MediationEntry entry =
        new MediationEntry(
            a, kind, mode, heldAt, withOtherParty, participants, notes, caller.username(), now);
    entries.persist(entry);
    outbox.publish(
        topic,
        MediationEvents.logged(
            a,
            caller.actor(),
            kind.name(),
            mode.name(),
            heldAt,
            withOtherParty,
            participants,
            now));
    if (first) {
      outbox.publish(topic, MediationEvents.Contacted.of(a, caller.actor(), now));
    }
    return entry;
  }

  @Transactional
  public Assignment pause(String disputeId, MediationPause.Kind kind, String reason) {
    Assignment a = mayWork(disputeId);
    Instant now = Instant.now();
    a.pause(now);
    pauses.persist(new MediationPause(a, kind, reason, caller.username(), now));
    outbox.publish(topic, MediationEvents.Paused.of(a, caller.actor(), kind.name(), reason, now));
    return a;
  }

  @Transactional
  public Assignment resume(String disputeId) {
    Assignment a = mayWork(disputeId);
    Instant now = Instant.now();
    Instant since = a.resume();
    pauses.openOf(a.id()).ifPresent(p -> p.resumed(caller.username(), now));
    outbox.publish(topic, MediationEvents.Resumed.of(a, caller.actor(), since, now));
    return a;
  }

  /** An extension needs every party's consent (在线调解规则 Art. 24), each named and dated. */
  @Transactional
  public Assignment extend(String disputeId, int days, String reason, List<Consent> consents) {
    Assignment a = mayWork(disputeId);
    List<String> names = partyNames(a.disputeId());
    List<String> missing =
        names.stream().filter(n -> consents.stream().noneMatch(c -> n.equals(c.party()))).toList();
    List<Problem.FieldError> errors = new ArrayList<>();
    if (!missing.isEmpty()) {
      errors.add(
          new Problem.FieldError(
              "consents", "every party must consent; missing: " + String.join("、", missing)));
    }
    Instant now = Instant.now();
    for (int i = 0; i < consents.size(); i++) {
      if (!names.contains(consents.get(i).party())) {
        errors.add(new Problem.FieldError("consents[" + i + "].party", "is not a party"));
      }
      if (consents.get(i).consentedAt().isAfter(now)) {
        errors.add(new Problem.FieldError("consents[" + i + "].consentedAt", "is in the future"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    if (a.status() != AssignmentStatus.ACCEPTED) {
      throw ProblemException.conflict("only a mediation under way can be extended");
    }
    List<MediationEvents.Consent> recorded =
        consents.stream()
            .map(c -> new MediationEvents.Consent(c.party(), c.consentedAt(), c.channel()))
            .toList();
    extensions.persist(
        new MediationExtension(a, days, reason, json(recorded), caller.username(), now));
    outbox.publish(
        topic, MediationEvents.Extended.of(a, caller.actor(), reason, days, recorded, now));
    return a;
  }

  @Transactional
  public Assignment conclude(
      String disputeId,
      MediationOutcome outcome,
      Agreement agreement,
      Boolean requestConfirmation,
      String reason,
      Suggestion suggestion) {
    Assignment a = access.currentForUpdate(disputeId);
    access.requireMayConclude(a);
    Instant now = Instant.now();
    List<String> names = partyNames(a.disputeId());
    if (outcome == MediationOutcome.SETTLED && names.isEmpty()) {
      // Only disputes routed before parties travelled with the routing: an agreement names them.
      throw ProblemException.conflict("the pool does not know this dispute's parties yet");
    }
    Conclusion conclusion =
        Conclusion.of(
            outcome,
            agreement,
            requestConfirmation,
            reason,
            suggestion,
            new Conclusion.Context(names, a.category(), LocalDate.now(zone), now));
    a.conclude(conclusion, caller.username(), now);
    IssuedAgreement issued = null;
    if (conclusion.outcome() == MediationOutcome.SETTLED) {
      issued = issuer.issue(a, conclusion.agreement().signatures(), now);
      followUps.persist(FollowUp.scheduleFor(a));
      if (conclusion.confirmationRequested()) {
        // Before concluded, on the same partition: the court's copy arrives first.
        outbox.publish(topic, issuer.announcement(a, issued, caller.actor(), now));
      }
    }
    outbox.publish(topic, MediationConcluded.of(a, caller.actor(), issued, now));
    return a;
  }

  @Transactional
  public FollowUp followUp(
      String disputeId, FollowUp.Result result, LocalDate checkedOn, String notes) {
    Assignment a = access.currentForUpdate(disputeId);
    access.requireMayConclude(a);
    FollowUp f =
        followUps
            .latestOf(disputeId)
            .orElseThrow(
                () ->
                    ProblemException.conflict("the dispute has no settled agreement to follow up"));
    if (checkedOn.isAfter(LocalDate.now(zone))) {
      throw ProblemException.invalidField("checkedOn", "must not be in the future");
    }
    f.record(result, checkedOn, notes, caller.username());
    outbox.publish(
        topic,
        MediationEvents.FollowedUp.of(
            a, caller.actor(), notes, result.name(), checkedOn, Instant.now()));
    return f;
  }

  @Transactional
  public List<MediationEntry> entries(String disputeId) {
    access.current(disputeId);
    return entries.ofDispute(disputeId);
  }

  /** The current assignment if the caller may work on it: its mediator or center staff. */
  private Assignment mayWork(String disputeId) {
    Assignment a = access.currentForUpdate(disputeId);
    access.requireMayConclude(a);
    return a;
  }

  private List<String> partyNames(String disputeId) {
    return parties.ofDispute(disputeId).stream().map(DisputeParty::name).toList();
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise", e);
    }
  }
}
