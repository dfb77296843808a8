package org.jiefen.intake.messaging.out;

import java.time.Instant;
import java.util.UUID;
import org.jiefen.intake.domain.Attachment;
import org.jiefen.platform.events.Actor;

/** intake's copy of dispute.attached.v1: the file's hash, type and size, never its name. */
public record DisputeAttached(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String centerCode,
    String attachmentId,
    String mediaType,
    long size,
    String sha256) {

  public static final String TYPE = "dispute.attached.v1";

  public static DisputeAttached of(Attachment a, String centerCode, Actor actor) {
    return new DisputeAttached(
        UUID.randomUUID().toString(),
        TYPE,
        a.uploadedAt(),
        a.disputeId(),
        actor,
        null,
        centerCode,
        a.id(),
        a.mediaType(),
        a.size(),
        a.sha256());
  }
}
