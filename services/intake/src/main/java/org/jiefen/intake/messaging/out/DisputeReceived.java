package org.jiefen.intake.messaging.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiefen.platform.events.Actor;

/**
 * intake's copy of dispute.received.v1. Parties travel with a keyed hash of their ID number and
 * never with the number itself or a phone number: events are kept, replicated and read by every
 * service, so they carry no personal numbers.
 */
public record DisputeReceived(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String channel,
    String category,
    String summary,
    LocalDate occurredOn,
    String communityCode,
    String gridCode,
    BigDecimal claimAmount,
    Source source,
    List<Party> parties) {

  public static final String TYPE = "dispute.received.v1";

  public record Source(String platform, String externalRef) {}

  public record Party(String role, String name, String organization, String idNumberHash) {}
}
