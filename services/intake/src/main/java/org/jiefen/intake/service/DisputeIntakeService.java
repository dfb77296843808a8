package org.jiefen.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.DisputeDetails;
import org.jiefen.intake.domain.DisputeStatus;
import org.jiefen.intake.domain.IdempotencyRecord;
import org.jiefen.intake.domain.Masking;
import org.jiefen.intake.domain.MobileNumber;
import org.jiefen.intake.domain.Party;
import org.jiefen.intake.messaging.out.DisputeReceived;
import org.jiefen.intake.repository.DisputeLinkRepository;
import org.jiefen.intake.repository.DisputeRepository;
import org.jiefen.intake.repository.IdempotencyRepository;
import org.jiefen.intake.repository.PartyRepository;
import org.jiefen.intake.rest.dto.CreateDisputeRequest;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * Receives a dispute: the dispute, its parties, its first timeline line, the idempotency record and
 * the dispute.received.v1 outbox row commit together — or nothing is stored.
 */
@ApplicationScoped
public class DisputeIntakeService {

  private final DisputeRepository disputes;
  private final PartyRepository parties;
  private final Timeline timeline;
  private final DuplicateLinker linker;
  private final DisputeLinkRepository links;
  private final IdempotencyRepository idempotency;
  private final PiiProtector pii;
  private final Outbox outbox;
  private final ObjectMapper mapper;
  private final Caller caller;
  private final KnownCodes known;
  private final String topic;
  private final ZoneId zone;

  DisputeIntakeService(
      DisputeRepository disputes,
      PartyRepository parties,
      Timeline timeline,
      DuplicateLinker linker,
      DisputeLinkRepository links,
      IdempotencyRepository idempotency,
      PiiProtector pii,
      Outbox outbox,
      ObjectMapper mapper,
      Caller caller,
      KnownCodes known,
      @ConfigProperty(name = "jiefen.topics.intake") String topic,
      @ConfigProperty(name = "jiefen.intake.timezone") ZoneId zone) {
    this.disputes = disputes;
    this.parties = parties;
    this.timeline = timeline;
    this.linker = linker;
    this.links = links;
    this.idempotency = idempotency;
    this.pii = pii;
    this.outbox = outbox;
    this.mapper = mapper;
    this.caller = caller;
    this.known = known;
    this.topic = topic;
    this.zone = zone;
  }

  public CreateResult create(CreateDisputeRequest request, String idempotencyKey) {
    IntakeRules.check(request, caller, LocalDate.now(Clock.system(zone)), known);
    String requestHash = sha256(request);
    try {
      return QuarkusTransaction.requiringNew()
          .call(() -> createOnce(request, idempotencyKey, requestHash));
    } catch (PersistenceException e) {
      // Two resends raced on the same key: the loser answers with the winner's result.
      if (idempotencyKey == null) {
        throw e;
      }
      return QuarkusTransaction.requiringNew()
          .call(() -> replay(idempotencyKey, requestHash))
          .orElseThrow(() -> e);
    }
  }

  private CreateResult createOnce(CreateDisputeRequest request, String key, String requestHash) {
    if (key != null) {
      Optional<CreateResult> earlier = replay(key, requestHash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    Instant now = Instant.now();
    Dispute dispute = Dispute.receive(details(request), caller.subject(), now);
    List<Party> protectedParties = protectParties(request);
    dispute.adopt(protectedParties);
    disputes.persist(dispute);
    parties.persist(protectedParties);
    if (key != null) {
      idempotency.persist(new IdempotencyRecord(caller.subject(), key, requestHash, dispute.id()));
    }
    if (!linker.linkIfDuplicate(dispute, protectedParties, caller.actor(), now)) {
      announce(dispute, protectedParties, now);
    }
    return new CreateResult(dispute.id(), dispute.status().name(), false);
  }

  /** Publishes dispute.received.v1 (which routes the dispute) and its timeline line. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void announce(Dispute dispute, List<Party> protectedParties, Instant now) {
    DisputeReceived event = receivedEvent(dispute, protectedParties, now);
    outbox.publish(topic, event);
    timeline.record(
        dispute.id(),
        event.eventId(),
        DisputeReceived.TYPE,
        now,
        event.actor(),
        dispute.centerCode(),
        "Received via " + dispute.channel(),
        null);
  }

  private Optional<CreateResult> replay(String key, String requestHash) {
    IdempotencyRecord record =
        idempotency.findById(new IdempotencyRecord.Key(caller.subject(), key));
    if (record == null) {
      return Optional.empty();
    }
    if (!record.sameRequest(requestHash)) {
      throw ProblemException.conflict(
          "Idempotency-Key was already used with a different request body");
    }
    DisputeStatus first =
        links.findByIdOptional(record.disputeId()).isPresent()
            ? DisputeStatus.LINKED
            : DisputeStatus.RECEIVED;
    return Optional.of(new CreateResult(record.disputeId(), first.name(), true));
  }

  private static DisputeDetails details(CreateDisputeRequest r) {
    return new DisputeDetails(
        r.channel(),
        r.category(),
        r.summary(),
        r.occurredAt(),
        r.location().communityCode(),
        r.location().gridCode(),
        r.location().address(),
        r.claimAmount(),
        r.source() == null ? null : r.source().platform(),
        r.source() == null ? null : r.source().externalRef());
  }

  private List<Party> protectParties(CreateDisputeRequest request) {
    List<Party> result = new ArrayList<>();
    for (int i = 0; i < request.parties().size(); i++) {
      CreateDisputeRequest.PartyInput input = request.parties().get(i);
      Party party = new Party(i, input.role(), input.name(), input.organization());
      if (input.idNumber() != null) {
        party.protectIdNumber(pii.protect(input.idNumber(), Masking::idNumber));
      }
      if (input.phone() != null) {
        party.protectPhone(pii.protect(MobileNumber.normalise(input.phone()), Masking::phone));
      }
      result.add(party);
    }
    return result;
  }

  private DisputeReceived receivedEvent(Dispute d, List<Party> protectedParties, Instant now) {
    return new DisputeReceived(
        UUID.randomUUID().toString(),
        DisputeReceived.TYPE,
        now,
        d.id(),
        caller.actor(),
        null,
        d.channel().name(),
        d.category(),
        d.summary(),
        d.occurredOn(),
        d.communityCode(),
        d.gridCode(),
        d.claimAmount(),
        d.sourcePlatform() == null
            ? null
            : new DisputeReceived.Source(d.sourcePlatform().name(), d.externalRef()),
        protectedParties.stream()
            .map(
                p ->
                    new DisputeReceived.Party(
                        p.role().name(), p.name(), p.organization(), p.idNumberHash()))
            .toList());
  }

  private String sha256(CreateDisputeRequest request) {
    try {
      byte[] canonical = mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint the request", e);
    }
  }
}
