package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An extension of the mediation period, with every party's consent kept as JSON. */
@Entity
@Table(name = "mediation_extension")
public class MediationExtension {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "assignment_id", nullable = false)
  Long assignmentId;

  @Column(nullable = false)
  int days;

  @Column(nullable = false)
  String reason;

  @Column(nullable = false)
  String consents;

  @Column(name = "recorded_by", nullable = false)
  String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  Instant recordedAt;

  protected MediationExtension() {}

  public MediationExtension(
      Assignment a, int days, String reason, String consentsJson, String by, Instant at) {
    this.disputeId = a.disputeId();
    this.assignmentId = a.id();
    this.days = days;
    this.reason = reason;
    this.consents = consentsJson;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public int days() {
    return days;
  }
}
