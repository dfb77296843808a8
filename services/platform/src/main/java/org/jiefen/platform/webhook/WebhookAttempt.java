package org.jiefen.platform.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try at pushing a delivery, kept so the subscriber sees every attempt and its answer. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "delivery_id", nullable = false, updatable = false)
  String deliveryId;

  @Column(nullable = false, updatable = false)
  int attempt;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  Instant attemptedAt;

  @Column(name = "http_status", updatable = false)
  Integer httpStatus;

  @Column(updatable = false)
  String error;

  @Column(name = "duration_ms", nullable = false, updatable = false)
  long durationMs;

  protected WebhookAttempt() {}

  WebhookAttempt(
      String deliveryId, int attempt, Instant at, int httpStatus, String error, long durationMs) {
    this.deliveryId = deliveryId;
    this.attempt = attempt;
    this.attemptedAt = at;
    this.httpStatus = httpStatus == 0 ? null : httpStatus;
    this.error = WebhookDelivery.truncate(error);
    this.durationMs = durationMs;
  }

  public String deliveryId() {
    return deliveryId;
  }

  /** 1-based, counted since the delivery was created or last sent again. */
  public int attempt() {
    return attempt;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  /** The receiver's HTTP status; null when no answer arrived (timeout, refused connection). */
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
