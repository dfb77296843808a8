package org.jiefen.mediatorpool.rest.dto;

import java.time.Instant;
import java.util.List;
import org.jiefen.mediatorpool.domain.MediationEntry;

public record EntryDto(
    long id,
    String kind,
    String mode,
    Instant heldAt,
    boolean withOtherParty,
    List<String> participants,
    String notes,
    String recordedBy) {

  public static EntryDto of(MediationEntry e) {
    return new EntryDto(
        e.id(),
        e.kind().name(),
        e.mode().name(),
        e.heldAt(),
        e.withOtherParty(),
        e.participants(),
        e.notes(),
        e.recordedBy());
  }
}
