package org.jiefen.mediatorpool.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.MediatorKind;
import org.jiefen.mediatorpool.domain.MediatorLoad;

/**
 * A roster entry as staff and admins read it: the entry, its retirement record, whether the
 * mediator is on leave today, the leaves (in a list: today's and later ones only) and the workload
 * — open assignments counted the way assignment counts them against capacity.
 */
public record MediatorView(
    String code,
    String username,
    String name,
    MediatorKind kind,
    String centerCode,
    String organisationCode,
    List<String> specialties,
    List<String> languages,
    int capacity,
    boolean active,
    Instant retiredAt,
    String retiredBy,
    String retireReason,
    boolean onLeave,
    List<LeaveDto> leaves,
    Workload workload) {

  public record Workload(long openAssignments, int capacity, Instant lastAssignedAt) {}

  public static MediatorView of(
      Mediator m, MediatorLoad load, LocalDate today, boolean pastLeavesToo) {
    return new MediatorView(
        m.code(),
        m.username(),
        m.name(),
        m.kind(),
        m.centerCode(),
        m.organisationCode(),
        m.specialties(),
        m.languages(),
        m.capacity(),
        m.active(),
        m.retiredAt(),
        m.retiredBy(),
        m.retireReason(),
        m.onLeave(today),
        m.leaves().stream()
            .filter(l -> pastLeavesToo || !l.to().isBefore(today))
            .map(LeaveDto::of)
            .toList(),
        new Workload(load.open(), m.capacity(), load.lastAssignedAt()));
  }
}
