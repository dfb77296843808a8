package org.jiefen.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One outgoing event, written in the same transaction as the state change it announces. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "event_id", nullable = false, updatable = false)
  String eventId;

  @Column(name = "aggregate_id", nullable = false, updatable = false)
  String aggregateId;

  @Column(nullable = false, updatable = false)
  String topic;

  @Column(name = "event_type", nullable = false, updatable = false)
  String eventType;

  @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
  String payload;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "sent_at")
  Instant sentAt;

  protected OutboxEvent() {}

  OutboxEvent(String eventId, String aggregateId, String topic, String eventType, String payload) {
    this.eventId = eventId;
    this.aggregateId = aggregateId;
    this.topic = topic;
    this.eventType = eventType;
    this.payload = payload;
    this.createdAt = Instant.now();
  }

  void markSent(Instant when) {
    this.sentAt = when;
  }

  public Long id() {
    return id;
  }

  public String eventId() {
    return eventId;
  }

  public String aggregateId() {
    return aggregateId;
  }

  public String topic() {
    return topic;
  }

  public String eventType() {
    return eventType;
  }

  public String payload() {
    return payload;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
