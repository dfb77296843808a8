package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A duplicate report and the open dispute it repeats; both cases show the link. */
@Entity
@Table(name = "dispute_link")
public class DisputeLink {

  @Id
  @Column(name = "duplicate_id")
  String duplicateId;

  @Column(name = "primary_id", nullable = false)
  String primaryId;

  @Column(name = "linked_at", nullable = false)
  Instant linkedAt;

  @Column(name = "linked_by", nullable = false)
  String linkedBy;

  @Column(name = "match_json", nullable = false)
  String match;

  protected DisputeLink() {}

  public DisputeLink(
      String duplicateId, String primaryId, String linkedBy, String match, Instant at) {
    this.duplicateId = duplicateId;
    this.primaryId = primaryId;
    this.linkedBy = linkedBy;
    this.match = match;
    this.linkedAt = at;
  }

  public String duplicateId() {
    return duplicateId;
  }

  public String primaryId() {
    return primaryId;
  }

  public Instant linkedAt() {
    return linkedAt;
  }
}
