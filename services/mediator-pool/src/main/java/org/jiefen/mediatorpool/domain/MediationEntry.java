package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One contact (联系) or mediation session (调解) in the log: when, how, with whom, what happened. */
@Entity
@Table(name = "mediation_entry")
public class MediationEntry {

  public enum Kind {
    CONTACT,
    SESSION
  }

  public enum Mode {
    IN_PERSON,
    PHONE,
    VIDEO,
    MESSAGE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "assignment_id", nullable = false)
  Long assignmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Mode mode;

  @Column(name = "held_at", nullable = false)
  Instant heldAt;

  @Column(name = "with_other_party", nullable = false)
  boolean withOtherParty;

  /** Names separated by a line feed: names may contain commas. */
  @Column(nullable = false)
  String participants;

  @Column(columnDefinition = "MEDIUMTEXT")
  String notes;

  @Column(name = "recorded_by", nullable = false)
  String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  Instant recordedAt;

  protected MediationEntry() {}

  public MediationEntry(
      Assignment assignment,
      Kind kind,
      Mode mode,
      Instant heldAt,
      boolean withOtherParty,
      List<String> participants,
      String notes,
      String by,
      Instant at) {
    this.disputeId = assignment.disputeId();
    this.assignmentId = assignment.id();
    this.kind = kind;
    this.mode = mode;
    this.heldAt = heldAt;
    this.withOtherParty = withOtherParty;
    this.participants = String.join("\n", participants);
    this.notes = notes;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long id() {
    return id;
  }

  public Long assignmentId() {
    return assignmentId;
  }

  public Kind kind() {
    return kind;
  }

  public Mode mode() {
    return mode;
  }

  public Instant heldAt() {
    return heldAt;
  }

  public boolean withOtherParty() {
    return withOtherParty;
  }

  public List<String> participants() {
    return participants.isEmpty() ? List.of() : Arrays.asList(participants.split("\n"));
  }

  public String notes() {
    return notes;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
