package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A mediator's leave 请假/休假: from and to are both days off (inclusive), with the reason. */
@Entity
@Table(name = "mediator_leave")
public class Leave {

  /** A longer absence is not a leave: retire the mediator and reinstate them on return. */
  public static final int MAX_DAYS = 366;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "mediator_code", nullable = false, updatable = false)
  Mediator mediator;

  @Column(name = "first_day", nullable = false)
  LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  LocalDate lastDay;

  @Column(nullable = false)
  String reason;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  Instant recordedAt;

  @Column(name = "recorded_by", updatable = false)
  String recordedBy;

  protected Leave() {}

  Leave(Mediator mediator, LocalDate from, LocalDate to, String reason, String by, Instant at) {
    this.mediator = mediator;
    this.firstDay = from;
    this.lastDay = to;
    this.reason = reason;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
    return !otherTo.isBefore(firstDay) && !otherFrom.isAfter(lastDay);
  }

  public Long id() {
    return id;
  }

  public LocalDate from() {
    return firstDay;
  }

  public LocalDate to() {
    return lastDay;
  }

  public String reason() {
    return reason;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
