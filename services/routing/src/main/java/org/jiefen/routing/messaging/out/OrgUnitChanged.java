package org.jiefen.routing.messaging.out;

import java.time.Instant;
import java.util.UUID;
import org.jiefen.platform.events.Actor;
import org.jiefen.routing.domain.OrgUnit;

/** routing's copy of orgunit.changed.v1, keyed by the unit's code on a compacted topic. */
public record OrgUnitChanged(
    String eventId,
    String type,
    Instant occurredAt,
    Actor actor,
    String code,
    String name,
    String level,
    String parentCode,
    boolean sample) {

  public static final String TYPE = "orgunit.changed.v1";

  public static OrgUnitChanged of(OrgUnit unit, Actor actor) {
    return new OrgUnitChanged(
        UUID.randomUUID().toString(),
        TYPE,
        Instant.now(),
        actor,
        unit.code(),
        unit.name(),
        unit.level().name(),
        unit.parentCode(),
        unit.sample());
  }
}
