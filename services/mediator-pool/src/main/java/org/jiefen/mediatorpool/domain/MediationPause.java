package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A pause in the mediation with its reason. An expert appraisal (鉴定) is excluded from the
 * court-delegated 30-day period by law (在线调解规则 Art. 26); other pauses are recorded all the same.
 */
@Entity
@Table(name = "mediation_pause")
public class MediationPause {

  public enum Kind {
    EXPERT_APPRAISAL,
    PARTY_REQUEST,
    OTHER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "assignment_id", nullable = false)
  Long assignmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Kind kind;

  @Column(nullable = false)
  String reason;

  @Column(name = "paused_at", nullable = false)
  Instant pausedAt;

  @Column(name = "paused_by", nullable = false)
  String pausedBy;

  @Column(name = "resumed_at")
  Instant resumedAt;

  @Column(name = "resumed_by")
  String resumedBy;

  protected MediationPause() {}

  public MediationPause(Assignment a, Kind kind, String reason, String by, Instant at) {
    this.disputeId = a.disputeId();
    this.assignmentId = a.id();
    this.kind = kind;
    this.reason = reason;
    this.pausedBy = by;
    this.pausedAt = at;
  }

  public void resumed(String by, Instant at) {
    this.resumedBy = by;
    this.resumedAt = at;
  }

  public Kind kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }

  public Instant pausedAt() {
    return pausedAt;
  }

  public Instant resumedAt() {
    return resumedAt;
  }
}
