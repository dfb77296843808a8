package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/**
 * One status change to push to a partner platform. PENDING until a 2xx answer (DELIVERED) or until
 * the retry schedule runs out (FAILED — visible to the partner, who may ask for a redelivery).
 */
@Entity
@Table(name = "partner_delivery")
public class PartnerDelivery {

  public enum State {
    PENDING,
    DELIVERED,
    FAILED
  }

  @Id String id;

  /** Increases with every status change; receivers discard a change older than one they have. */
  @Generated
  @Column(insertable = false, updatable = false)
  Long seq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  SourcePlatform platform;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "external_ref", nullable = false)
  String externalRef;

  @Column(nullable = false)
  String status;

  @Column(nullable = false)
  String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  State state;

  @Column(nullable = false)
  int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  Instant nextAttemptAt;

  @Column(name = "last_http_status")
  Integer lastHttpStatus;

  @Column(name = "last_error")
  String lastError;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "delivered_at")
  Instant deliveredAt;

  protected PartnerDelivery() {}

  public PartnerDelivery(String id, Dispute dispute, String payload, Instant at) {
    this.id = id;
    this.platform = dispute.sourcePlatform();
    this.disputeId = dispute.id();
    this.externalRef = dispute.externalRef();
    this.status = dispute.status().name();
    this.payload = payload;
    this.state = State.PENDING;
    this.nextAttemptAt = at;
    this.createdAt = at;
  }

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /** Claimed by one dispatcher: others skip it until the lease runs out (a crash mid-send). */
  public void lease(Instant until) {
    this.nextAttemptAt = until;
  }

  /** Records one attempt's result; {@code retryIn} null means the schedule is exhausted. */
  public void attempted(Instant at, int httpStatus, String error, Duration retryIn) {
    attempts++;
    lastHttpStatus = httpStatus == 0 ? null : httpStatus;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    if (error == null) {
      state = State.DELIVERED;
      deliveredAt = at;
    } else if (retryIn == null) {
      state = State.FAILED;
    } else {
      nextAttemptAt = at.plus(retryIn);
    }
  }

  /** A partner asks for a failed delivery again: it starts a fresh schedule now. */
  public void redeliver(Instant at) {
    if (state == State.FAILED) {
      state = State.PENDING;
      attempts = 0;
      nextAttemptAt = at;
    }
  }

  public String id() {
    return id;
  }

  public Long seq() {
    return seq;
  }

  public SourcePlatform platform() {
    return platform;
  }

  public String disputeId() {
    return disputeId;
  }

  public String externalRef() {
    return externalRef;
  }

  public String status() {
    return status;
  }

  public String payload() {
    return payload;
  }

  public State state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Integer lastHttpStatus() {
    return lastHttpStatus;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
