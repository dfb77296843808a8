package org.jiefen.slamonitor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A flag raised, once per clock, version and kind: the key forbids a second one. */
@Entity
@Table(name = "sla_flag")
public class RaisedFlag {

  @Embeddable
  public record Key(
      @Column(name = "deadline_id") String deadlineId,
      @Column(name = "version") int version,
      @Column(name = "kind") String kind)
      implements Serializable {}

  @EmbeddedId Key key;

  @Column(name = "raised_at", nullable = false)
  Instant raisedAt;

  @Column(name = "event_id", nullable = false)
  String eventId;

  protected RaisedFlag() {}

  public RaisedFlag(Deadline d, Deadline.Flag flag, Instant at, String eventId) {
    this.key = new Key(d.id(), d.version(), flag.name());
    this.raisedAt = at;
    this.eventId = eventId;
  }
}
