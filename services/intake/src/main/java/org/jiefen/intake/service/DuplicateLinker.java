package org.jiefen.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.DisputeLink;
import org.jiefen.intake.domain.DisputeStatus;
import org.jiefen.intake.domain.Party;
import org.jiefen.intake.domain.PartyRole;
import org.jiefen.intake.messaging.out.DisputeLinked;
import org.jiefen.intake.repository.DisputeLinkRepository;
import org.jiefen.intake.repository.DisputeRepository;
import org.jiefen.platform.events.Actor;
import org.jiefen.platform.outbox.Outbox;

/**
 * The same dispute often arrives twice — from the grid and again from the petition bureau. A new
 * report is a duplicate of an open dispute with the same applicant (ID hash), the same respondent
 * (name), category and community, created within the window. It is linked, never merged: the
 * duplicate waits as LINKED (not routed) and both cases show the link until staff unlink them.
 */
@ApplicationScoped
public class DuplicateLinker {

  static final List<DisputeStatus> CLOSED =
      List.of(
          DisputeStatus.WITHDRAWN,
          DisputeStatus.CLOSED,
          DisputeStatus.LINKED,
          DisputeStatus.CONFIRMED,
          DisputeStatus.CONFIRMATION_REJECTED,
          DisputeStatus.FAILED);

  private final DisputeRepository disputes;
  private final DisputeLinkRepository links;
  private final Outbox outbox;
  private final Timeline timeline;
  private final ObjectMapper mapper;
  private final Duration window;
  private final String topic;

  DuplicateLinker(
      DisputeRepository disputes,
      DisputeLinkRepository links,
      Outbox outbox,
      Timeline timeline,
      ObjectMapper mapper,
      @ConfigProperty(name = "jiefen.intake.duplicate-window", defaultValue = "P90D")
          Duration window,
      @ConfigProperty(name = "jiefen.topics.intake") String topic) {
    this.disputes = disputes;
    this.links = links;
    this.outbox = outbox;
    this.timeline = timeline;
    this.mapper = mapper;
    this.window = window;
    this.topic = topic;
  }

  /** Links {@code dispute} to an open dispute it repeats, if any; true when it did. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean linkIfDuplicate(Dispute dispute, List<Party> parties, Actor actor, Instant now) {
    List<String> applicantHashes =
        parties.stream()
            .filter(p -> p.role() == PartyRole.APPLICANT)
            .flatMap(p -> p.idNumberSearchHashes().stream())
            .toList();
    List<String> respondents =
        parties.stream().filter(p -> p.role() == PartyRole.RESPONDENT).map(Party::name).toList();
    if (applicantHashes.isEmpty() || respondents.isEmpty()) {
      return false;
    }
    Optional<Dispute> primary = findPrimary(dispute, applicantHashes, respondents, now);
    if (primary.isEmpty()) {
      return false;
    }
    Map<String, Object> match = new LinkedHashMap<>();
    match.put("category", dispute.category());
    match.put("communityCode", dispute.communityCode());
    match.put("respondents", respondents);
    match.put("applicantIdHashMatched", true);
    match.put("window", window.toString());
    dispute.linkAsDuplicate(now);
    links.persist(
        new DisputeLink(
            dispute.id(),
            primary.get().id(),
            actor.username() == null ? "system" : actor.username(),
            json(match),
            now));
    DisputeLinked event =
        new DisputeLinked(
            UUID.randomUUID().toString(),
            DisputeLinked.TYPE,
            now,
            dispute.id(),
            actor,
            null,
            primary.get().id(),
            dispute.centerCode(),
            match);
    outbox.publish(topic, event);
    timeline.record(
        dispute.id(),
        event.eventId(),
        DisputeLinked.TYPE,
        now,
        actor,
        dispute.centerCode(),
        "Received via " + dispute.channel() + "; linked as a duplicate of " + primary.get().id(),
        null);
    timeline.record(
        primary.get().id(),
        UUID.randomUUID().toString(),
        DisputeLinked.TYPE,
        now,
        actor,
        primary.get().centerCode(),
        "Duplicate report " + dispute.id() + " linked to this case",
        null);
    return true;
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the match", e);
    }
  }

  private Optional<Dispute> findPrimary(
      Dispute dispute, List<String> hashes, List<String> respondents, Instant now) {
    return disputes
        .find(
            "from Dispute d where d.id <> :id and d.category = :category"
                + " and d.communityCode = :community and d.createdAt >= :since"
                + " and d.status not in :closed"
                + " and exists (select 1 from Party a where a.disputeId = d.id and a.role = :applicant"
                + " and a.idNumberHash in :hashes)"
                + " and exists (select 1 from Party r where r.disputeId = d.id and r.role = :respondent"
                + " and r.name in :respondents) order by d.createdAt",
            Parameters.with("id", dispute.id())
                .and("category", dispute.category())
                .and("community", dispute.communityCode())
                .and("since", now.minus(window))
                .and("closed", CLOSED)
                .and("applicant", PartyRole.APPLICANT)
                .and("hashes", hashes)
                .and("respondent", PartyRole.RESPONDENT)
                .and("respondents", respondents))
        .firstResultOptional();
  }
}
