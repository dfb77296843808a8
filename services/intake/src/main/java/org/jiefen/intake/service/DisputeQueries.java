package org.jiefen.intake.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.DisputeStatus;
import org.jiefen.intake.repository.AttachmentRepository;
import org.jiefen.intake.repository.DeadlineViewRepository;
import org.jiefen.intake.repository.DisputeLinkRepository;
import org.jiefen.intake.repository.DisputeRepository;
import org.jiefen.intake.repository.PartyRepository;
import org.jiefen.intake.repository.TimelineRepository;
import org.jiefen.intake.rest.dto.DisputePage;
import org.jiefen.intake.rest.dto.DisputeView;
import org.jiefen.intake.rest.dto.TimelineItem;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * Reads of the case view, always through the caller's scope: a center sees what it holds and what
 * the centers below it hold; a partner platform sees what it handed in; anyone else gets 404.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DisputeQueries {

  private final DisputeRepository disputes;
  private final PartyRepository parties;
  private final DeadlineViewRepository deadlines;
  private final TimelineRepository timeline;
  private final DisputeLinkRepository links;
  private final AttachmentRepository attachments;
  private final Caller caller;

  DisputeQueries(
      DisputeRepository disputes,
      PartyRepository parties,
      DeadlineViewRepository deadlines,
      TimelineRepository timeline,
      DisputeLinkRepository links,
      AttachmentRepository attachments,
      Caller caller) {
    this.links = links;
    this.attachments = attachments;
    this.disputes = disputes;
    this.parties = parties;
    this.deadlines = deadlines;
    this.timeline = timeline;
    this.caller = caller;
  }

  public DisputeView view(String id) {
    Dispute d = visible(id);
    return DisputeViews.of(
        d,
        parties.ofDispute(id),
        deadlines.ofDispute(id),
        links.involving(id),
        attachments.ofDispute(id));
  }

  public List<TimelineItem> timeline(String id) {
    visible(id);
    return timeline.ofDispute(id).stream().map(DisputeViews::of).toList();
  }

  public DisputePage list(
      String centerCode, DisputeStatus status, Boolean overdue, int page, int size) {
    String scope = caller.centerScope();
    if (scope == null) {
      return new DisputePage(List.of(), page, size, 0);
    }
    var query = disputes.inScope(scope, centerCode, status, overdue, Instant.now());
    long total = query.count();
    List<DisputePage.DisputeSummary> items =
        query.page(Page.of(page, size)).list().stream().map(DisputeViews::summary).toList();
    return new DisputePage(items, page, size, total);
  }

  /** The dispute if the caller may see it, else 404 — for commands that then change it. */
  public Dispute visibleForUpdate(String id) {
    return visible(id);
  }

  /** A partner platform's own dispute by the reference it handed in with. */
  public DisputeView byExternalRef(String externalRef) {
    if (caller.partnerPlatform() == null) {
      throw ProblemException.notFound("dispute with reference " + externalRef);
    }
    Dispute d =
        disputes
            .find(
                "sourcePlatform = ?1 and externalRef = ?2 order by createdAt desc",
                org.jiefen.intake.domain.SourcePlatform.valueOf(caller.partnerPlatform()),
                externalRef)
            .firstResultOptional()
            .orElseThrow(() -> ProblemException.notFound("dispute with reference " + externalRef));
    return view(d.id());
  }

  private Dispute visible(String id) {
    Dispute d = disputes.findByIdOptional(id).orElse(null);
    if (d == null || !canSee(d)) {
      throw ProblemException.notFound("dispute " + id);
    }
    return d;
  }

  private boolean canSee(Dispute d) {
    if (caller.hasRole("partner")) {
      return d.sourcePlatform() != null
          && d.sourcePlatform().name().equals(caller.partnerPlatform());
    }
    return caller.covers(d.centerCode());
  }
}
