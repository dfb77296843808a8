package org.jiefen.mediatorpool.domain;

import java.time.Instant;

/**
 * A mediator's open assignments and when the pool last assigned them anything; lastAssignedAt is
 * null for a mediator never assigned, who therefore comes first in the round-robin.
 */
public record MediatorLoad(String mediatorCode, long open, Instant lastAssignedAt) {

  public static MediatorLoad none(String mediatorCode) {
    return new MediatorLoad(mediatorCode, 0, null);
  }
}
