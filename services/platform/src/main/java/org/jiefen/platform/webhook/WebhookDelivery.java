package org.jiefen.platform.webhook;

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
 * One change to push to one subscriber's webhook. PENDING until a 2xx answer (DELIVERED) or until
 * the retry schedule runs out (FAILED — visible to the subscriber, who may ask for it again).
 * Callers read it; only this package changes it.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

  public enum State {
    PENDING,
    DELIVERED,
    FAILED
  }

  static final int MAX_ERROR = 500;

  @Id String id;

  /** Increases with every delivery; receivers discard a change older than one they have. */
  @Generated
  @Column(insertable = false, updatable = false)
  Long seq;

  @Column(nullable = false, updatable = false)
  String subscriber;

  @Column(name = "event_name", nullable = false, updatable = false)
  String eventName;

  @Column(name = "aggregate_id", nullable = false, updatable = false)
  String aggregateId;

  @Column(nullable = false, updatable = false)
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

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "delivered_at")
  Instant deliveredAt;

  protected WebhookDelivery() {}

  WebhookDelivery(
      String subscriber, String eventName, String aggregateId, String payload, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.subscriber = subscriber;
    this.eventName = eventName;
    this.aggregateId = aggregateId;
    this.payload = payload;
    this.state = State.PENDING;
    this.nextAttemptAt = at;
    this.createdAt = at;
  }

  /** Claimed by one dispatcher: others skip it until the lease runs out (a crash mid-send). */
  void lease(Instant until) {
    this.nextAttemptAt = until;
  }

  /**
   * Records one attempt's result and decides what comes next: DELIVERED on a 2xx, another try after
   * the schedule's delay, or FAILED when that was the last attempt. Returns the attempt row.
   */
  WebhookAttempt attempted(Instant at, WebhookSender.Result result, RetrySchedule schedule) {
    attempts++;
    lastHttpStatus = result.httpStatus() == 0 ? null : result.httpStatus();
    lastError = truncate(result.error());
    if (result.delivered()) {
      state = State.DELIVERED;
      deliveredAt = at;
    } else {
      Duration retryIn = schedule.delayAfter(attempts);
      if (retryIn == null) {
        state = State.FAILED;
      } else {
        nextAttemptAt = at.plus(retryIn);
      }
    }
    return new WebhookAttempt(
        id, attempts, at, result.httpStatus(), result.error(), result.millis());
  }

  /** Nothing to send to (no endpoint registered), and retrying cannot help: FAILED at once. */
  void abandon(String reason) {
    attempts++;
    lastHttpStatus = null;
    lastError = truncate(reason);
    state = State.FAILED;
  }

  /** The subscriber asks for a failed delivery again: it starts a fresh schedule now. */
  void redeliver(Instant at) {
    if (state != State.FAILED) {
      throw new IllegalStateException("only a FAILED delivery is sent again; this one is " + state);
    }
    state = State.PENDING;
    attempts = 0;
    nextAttemptAt = at;
  }

  static String truncate(String error) {
    return error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
  }

  public String id() {
    return id;
  }

  /** The delivery's place in the order of all deliveries; null until the row is inserted. */
  public Long seq() {
    return seq;
  }

  public String subscriber() {
    return subscriber;
  }

  public String eventName() {
    return eventName;
  }

  public String aggregateId() {
    return aggregateId;
  }

  /** The JSON the caller enqueued, without {@code deliveryId} and {@code sequence}. */
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
