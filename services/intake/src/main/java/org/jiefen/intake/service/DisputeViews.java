package org.jiefen.intake.service;

import java.util.List;
import org.jiefen.intake.domain.Attachment;
import org.jiefen.intake.domain.DeadlineView;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.DisputeLink;
import org.jiefen.intake.domain.Party;
import org.jiefen.intake.domain.TimelineEntry;
import org.jiefen.intake.rest.dto.AttachmentDto;
import org.jiefen.intake.rest.dto.DisputePage;
import org.jiefen.intake.rest.dto.DisputeView;
import org.jiefen.intake.rest.dto.TimelineItem;

/** Maps the case view's entities to response records; personal numbers only ever masked. */
final class DisputeViews {

  private DisputeViews() {}

  static DisputeView of(
      Dispute d,
      List<Party> parties,
      List<DeadlineView> deadlines,
      List<DisputeLink> links,
      List<Attachment> attachments) {
    return new DisputeView(
        d.id(),
        d.status().name(),
        d.channel().name(),
        d.category(),
        d.summary(),
        d.occurredOn(),
        new DisputeView.Location(d.communityCode(), d.gridCode(), d.address()),
        parties.stream()
            .map(
                p ->
                    new DisputeView.PartyView(
                        p.role().name(),
                        p.name(),
                        p.organization(),
                        p.idNumberMasked(),
                        p.phoneMasked()))
            .toList(),
        d.claimAmount(),
        d.sourcePlatform() == null
            ? null
            : new DisputeView.Source(d.sourcePlatform().name(), d.externalRef()),
        d.centerCode(),
        d.mediationType(),
        d.assigneeCode() == null
            ? null
            : new DisputeView.Assignee(d.assigneeCode(), d.assigneeName(), d.assigneeUsername()),
        deadlines.stream()
            .map(
                v ->
                    new DisputeView.DeadlineItem(
                        v.clock(),
                        v.centerCode(),
                        v.startedAt(),
                        v.warnAt(),
                        v.dueAt(),
                        v.state(),
                        v.provisional(),
                        v.citation()))
            .toList(),
        d.arbitrationRight()
            .map(
                a ->
                    new DisputeView.ArbitrationNotice(
                        a.arisenAt(), a.centerCode(), a.notice(), a.citation()))
            .orElse(null),
        d.flags(),
        d.routingTrace(),
        links.stream()
            .map(
                l ->
                    l.duplicateId().equals(d.id())
                        ? new DisputeView.Link(l.primaryId(), "DUPLICATE_OF", l.linkedAt())
                        : new DisputeView.Link(l.duplicateId(), "DUPLICATED_BY", l.linkedAt()))
            .toList(),
        attachments.stream().map(AttachmentDto::of).toList(),
        d.createdAt(),
        d.updatedAt());
  }

  static TimelineItem of(TimelineEntry e) {
    return new TimelineItem(
        e.eventId(),
        e.eventType(),
        e.occurredAt(),
        new TimelineItem.Actor(e.actorKind(), e.actorUsername(), e.actorOrgUnit()),
        e.centerCode(),
        e.summary(),
        e.reason());
  }

  static DisputePage.DisputeSummary summary(Dispute d) {
    return new DisputePage.DisputeSummary(
        d.id(), d.status().name(), d.category(), d.centerCode(), d.summary(), d.createdAt());
  }
}
