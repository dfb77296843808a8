package org.jiefen.intake.rest.dto;

import java.time.Instant;

public record TimelineItem(
    String eventId,
    String type,
    Instant occurredAt,
    Actor actor,
    String centerCode,
    String summary,
    String reason) {

  public record Actor(String kind, String username, String orgUnit) {}
}
