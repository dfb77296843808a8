package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a dispute's timeline: which event, when, who, where, why. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "event_id", nullable = false)
  String eventId;

  @Column(name = "event_type", nullable = false)
  String eventType;

  @Column(name = "occurred_at", nullable = false)
  Instant occurredAt;

  @Column(name = "actor_kind", nullable = false)
  String actorKind;

  @Column(name = "actor_username")
  String actorUsername;

  @Column(name = "actor_org_unit")
  String actorOrgUnit;

  @Column(name = "center_code")
  String centerCode;

  @Column(nullable = false)
  String summary;

  String reason;

  /** SETTLED or FAILED on a mediation.concluded.v1 line (statistics count them); else null. */
  String outcome;

  protected TimelineEntry() {}

  public TimelineEntry(
      String disputeId,
      String eventId,
      String eventType,
      Instant occurredAt,
      String actorKind,
      String actorUsername,
      String actorOrgUnit,
      String centerCode,
      String summary,
      String reason) {
    this.disputeId = disputeId;
    this.eventId = eventId;
    this.eventType = eventType;
    this.occurredAt = occurredAt;
    this.actorKind = actorKind;
    this.actorUsername = actorUsername;
    this.actorOrgUnit = actorOrgUnit;
    this.centerCode = centerCode;
    this.summary = summary;
    this.reason = reason;
  }

  /** Marks a conclusion line with its outcome. */
  public TimelineEntry withOutcome(String outcome) {
    this.outcome = outcome;
    return this;
  }

  public Long id() {
    return id;
  }

  public String eventId() {
    return eventId;
  }

  public String eventType() {
    return eventType;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actorKind() {
    return actorKind;
  }

  public String actorUsername() {
    return actorUsername;
  }

  public String actorOrgUnit() {
    return actorOrgUnit;
  }

  public String centerCode() {
    return centerCode;
  }

  public String summary() {
    return summary;
  }

  public String reason() {
    return reason;
  }
}
