package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try at pushing a delivery, kept so the partner sees every attempt and its answer. */
@Entity
@Table(name = "partner_delivery_attempt")
public class DeliveryAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "delivery_id", nullable = false)
  String deliveryId;

  @Column(nullable = false)
  int attempt;

  @Column(name = "attempted_at", nullable = false)
  Instant attemptedAt;

  @Column(name = "http_status")
  Integer httpStatus;

  String error;

  @Column(name = "duration_ms", nullable = false)
  long durationMs;

  protected DeliveryAttempt() {}

  public DeliveryAttempt(
      String deliveryId, int attempt, Instant at, int httpStatus, String error, long durationMs) {
    this.deliveryId = deliveryId;
    this.attempt = attempt;
    this.attemptedAt = at;
    this.httpStatus = httpStatus == 0 ? null : httpStatus;
    this.error = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    this.durationMs = durationMs;
  }

  public int attempt() {
    return attempt;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public Integer httpStatus() {
    return httpStatus;
  }

  public String error() {
    return error;
  }

  public long durationMs() {
    return durationMs;
  }
}
