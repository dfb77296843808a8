package org.jiefen.platform.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Marks an event as handled by one consumer; written in the same transaction as the effect. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

  @EmbeddedId Key key;

  @Column(name = "event_type", nullable = false, updatable = false)
  String eventType;

  @Column(name = "processed_at", nullable = false, updatable = false)
  Instant processedAt;

  protected ProcessedEvent() {}

  ProcessedEvent(String eventId, String consumer, String eventType) {
    this.key = new Key(eventId, consumer);
    this.eventType = eventType;
    this.processedAt = Instant.now();
  }

  @Embeddable
  public record Key(
      @Column(name = "event_id", nullable = false) String eventId,
      @Column(name = "consumer", nullable = false) String consumer)
      implements Serializable {}
}
