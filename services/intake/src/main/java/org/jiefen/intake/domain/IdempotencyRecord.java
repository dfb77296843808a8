package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * Remembers which dispute an Idempotency-Key created, and a hash of the body it came with, so a
 * phone that resends after a dropped signal gets the first answer and never a second dispute.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

  @EmbeddedId Key key;

  @Column(name = "request_hash", nullable = false)
  String requestHash;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(String caller, String idemKey, String requestHash, String disputeId) {
    this.key = new Key(caller, idemKey);
    this.requestHash = requestHash;
    this.disputeId = disputeId;
    this.createdAt = Instant.now();
  }

  public boolean sameRequest(String hash) {
    return requestHash.equals(hash);
  }

  public String disputeId() {
    return disputeId;
  }

  @Embeddable
  public record Key(
      @Column(name = "caller", nullable = false) String caller,
      @Column(name = "idem_key", nullable = false) String idemKey)
      implements Serializable {}
}
