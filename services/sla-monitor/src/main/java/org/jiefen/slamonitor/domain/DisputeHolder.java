package org.jiefen.slamonitor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * The center that holds a dispute, as routing last said (by the event's occurrence, not arrival).
 * Events of a center's stage come on other topics than routing's and may arrive after the transfer
 * that ended the stage; this decides where, if anywhere, the clock they start belongs.
 */
@Entity
@Table(name = "dispute_holder")
public class DisputeHolder {

  @Id
  @Column(name = "dispute_id")
  String disputeId;

  @Column(name = "center_code", nullable = false)
  String centerCode;

  @Column(name = "routed_at", nullable = false)
  Instant routedAt;

  protected DisputeHolder() {}

  public DisputeHolder(String disputeId, String centerCode, Instant routedAt) {
    this.disputeId = disputeId;
    this.centerCode = centerCode;
    this.routedAt = routedAt;
  }

  /** A later routing moves the dispute; an older one arriving late changes nothing. */
  public void routed(String centerCode, Instant at) {
    if (!at.isBefore(routedAt)) {
      this.centerCode = centerCode;
      this.routedAt = at;
    }
  }

  /**
   * Where a clock started by an event of {@code eventCenter} that occurred at {@code occurredAt}
   * runs: there, unless the dispute was routed elsewhere after that event — then a dispute's own
   * clock runs at the holder, and a stage clock not at all (that stage had already ended).
   */
  public Optional<String> centerFor(ClockScope scope, String eventCenter, Instant occurredAt) {
    if (eventCenter == null || eventCenter.equals(centerCode) || !routedAt.isAfter(occurredAt)) {
      return Optional.ofNullable(eventCenter);
    }
    return scope == ClockScope.DISPUTE ? Optional.of(centerCode) : Optional.empty();
  }

  public String centerCode() {
    return centerCode;
  }
}
