package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.DisputeLink;
import org.jiefen.intake.domain.DisputeStatus;
import org.jiefen.intake.messaging.out.DisputeUnlinked;
import org.jiefen.intake.messaging.out.DisputeWithdrawn;
import org.jiefen.intake.repository.DisputeLinkRepository;
import org.jiefen.intake.repository.DisputeRepository;
import org.jiefen.intake.repository.PartyRepository;
import org.jiefen.platform.events.Actor;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/** Withdrawal and unlinking: each state change, its event and its timeline line in one commit. */
@ApplicationScoped
public class DisputeCommands {

  private final DisputeRepository disputes;
  private final DisputeLinkRepository links;
  private final PartyRepository parties;
  private final DisputeQueries queries;
  private final DisputeIntakeService intake;
  private final Timeline timeline;
  private final Outbox outbox;
  private final Caller caller;
  private final PartnerStatusFeed partners;
  private final DisputeStages stages;
  private final String topic;

  DisputeCommands(
      DisputeRepository disputes,
      DisputeLinkRepository links,
      PartyRepository parties,
      DisputeQueries queries,
      DisputeIntakeService intake,
      Timeline timeline,
      Outbox outbox,
      Caller caller,
      PartnerStatusFeed partners,
      DisputeStages stages,
      @ConfigProperty(name = "jiefen.topics.intake") String topic) {
    this.partners = partners;
    this.stages = stages;
    this.disputes = disputes;
    this.links = links;
    this.parties = parties;
    this.queries = queries;
    this.intake = intake;
    this.timeline = timeline;
    this.outbox = outbox;
    this.caller = caller;
    this.topic = topic;
  }

  /**
   * The applicant's channel (whoever reported it, or the partner platform that handed it in) or
   * center staff may withdraw; others who can see the case get 403, the rest 404.
   */
  @Transactional
  public DisputeStatus withdraw(String id, String reason) {
    Dispute d = queries.visibleForUpdate(id);
    boolean reporter = caller.subject().equals(d.createdBy());
    boolean staff = caller.hasRole("center-staff") || caller.hasRole("admin");
    boolean partner = caller.hasRole("partner");
    if (!reporter && !staff && !partner) {
      throw new ProblemException(
          403,
          "Forbidden",
          "only the applicant's channel or staff may withdraw",
          java.util.List.of());
    }
    Instant now = Instant.now();
    DisputeStatus previous = d.withdraw(now);
    Actor actor = caller.actor();
    DisputeWithdrawn event =
        new DisputeWithdrawn(
            UUID.randomUUID().toString(),
            DisputeWithdrawn.TYPE,
            now,
            d.id(),
            actor,
            reason,
            previous.name(),
            d.centerCode());
    outbox.publish(topic, event);
    timeline.record(
        d.id(),
        event.eventId(),
        DisputeWithdrawn.TYPE,
        now,
        actor,
        d.centerCode(),
        "Withdrawn",
        reason);
    stages.refresh(d);
    partners.afterChange(d, previous, DisputeWithdrawn.TYPE, now);
    return d.status();
  }

  /** Staff separate two linked reports; the former duplicate is then received and routed. */
  @Transactional
  public void unlink(String id, String otherId, String reason) {
    if (!caller.hasRole("center-staff") && !caller.hasRole("admin")) {
      queries.visibleForUpdate(id);
      throw new ProblemException(
          403, "Forbidden", "only center staff may unlink", java.util.List.of());
    }
    Dispute d = queries.visibleForUpdate(id);
    DisputeLink link =
        links.involving(id).stream()
            .filter(l -> l.duplicateId().equals(otherId) || l.primaryId().equals(otherId))
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("link between " + id + " and " + otherId));
    Dispute duplicate = disputes.findById(link.duplicateId());
    Dispute primary = disputes.findById(link.primaryId());
    links.delete(link);
    Instant now = Instant.now();
    Actor actor = caller.actor();
    for (Dispute side : new Dispute[] {duplicate, primary}) {
      Dispute other = side == duplicate ? primary : duplicate;
      DisputeUnlinked event =
          new DisputeUnlinked(
              UUID.randomUUID().toString(),
              DisputeUnlinked.TYPE,
              now,
              side.id(),
              actor,
              reason,
              other.id(),
              side.centerCode());
      outbox.publish(topic, event);
      timeline.record(
          side.id(),
          event.eventId(),
          DisputeUnlinked.TYPE,
          now,
          actor,
          side.centerCode(),
          "Unlinked from " + other.id(),
          reason);
    }
    if (duplicate.status() == DisputeStatus.LINKED) {
      duplicate.unlink(now);
      intake.announce(duplicate, parties.ofDispute(duplicate.id()), now);
      partners.afterChange(duplicate, DisputeStatus.LINKED, DisputeUnlinked.TYPE, now);
    }
    d.unlink(now);
  }
}
