package org.jiefen.mediatorpool.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;

/**
 * A mediator of a center's pool. No specialties means a generalist, who takes any category. A
 * retired mediator is inactive and kept (assignments refer to it); the latest retirement says when,
 * by whom and why. Leave periods are loaded lazily, in batches, when {@link #onLeave} first asks.
 */
@Entity
@Table(name = "mediator")
public class Mediator {

  /** The retirement reason recorded when a roster load or import marks a mediator inactive. */
  public static final String INACTIVE_IN_ROSTER = "marked inactive in a roster load";

  @Id String code;

  /** The Keycloak username of a mediator who signs in; null for one who only appears on paper. */
  String username;

  @Column(nullable = false)
  String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  MediatorKind kind;

  @Column(name = "center_code", nullable = false)
  String centerCode;

  /** The mediation organisation the mediator belongs to; null when not recorded. */
  @Column(name = "organisation_code")
  String organisationCode;

  @Column(nullable = false)
  String specialties;

  /** Languages and dialects spoken (普通话, 粤语, 客家话 …), comma-separated; empty: not recorded. */
  @Column(nullable = false)
  String languages = "";

  @Column(nullable = false)
  int capacity;

  @Column(nullable = false)
  boolean active;

  @Column(name = "retired_at")
  Instant retiredAt;

  @Column(name = "retired_by")
  String retiredBy;

  @Column(name = "retire_reason")
  String retireReason;

  @OneToMany(
      mappedBy = "mediator",
      fetch = FetchType.LAZY,
      cascade = CascadeType.ALL,
      orphanRemoval = true)
  @BatchSize(size = 100)
  @OrderBy("firstDay, id")
  List<Leave> leaves = new ArrayList<>();

  protected Mediator() {}

  public Mediator(
      String code,
      String username,
      String name,
      MediatorKind kind,
      String centerCode,
      List<String> specialties,
      int capacity,
      boolean active) {
    this(code, username, name, kind, centerCode, null, specialties, List.of(), capacity, active);
  }

  public Mediator(
      String code,
      String username,
      String name,
      MediatorKind kind,
      String centerCode,
      String organisationCode,
      List<String> specialties,
      List<String> languages,
      int capacity,
      boolean active) {
    this.code = code;
    this.username = username;
    this.name = name;
    this.kind = kind;
    this.centerCode = centerCode;
    this.organisationCode = organisationCode;
    this.specialties = join(specialties);
    this.languages = join(languages);
    this.capacity = capacity;
    this.active = active;
  }

  /**
   * Takes the roster entry's values (a bulk load, an import row, an edit). Leaves stay. A change of
   * the active flag retires (with {@code retireReason}) or reinstates the mediator.
   *
   * @return true when anything changed
   */
  public boolean updateFrom(Mediator entry, String retireReason, String by, Instant at) {
    boolean changed = !sameEntryAs(entry);
    this.username = entry.username;
    this.name = entry.name;
    this.kind = entry.kind;
    this.centerCode = entry.centerCode;
    this.organisationCode = entry.organisationCode;
    this.specialties = entry.specialties;
    this.languages = entry.languages;
    this.capacity = entry.capacity;
    if (entry.active) {
      reinstate();
    } else {
      retire(retireReason, by, at);
    }
    return changed;
  }

  /** Every roster field (not leaves, not the retirement record) equals the other's. */
  public boolean sameEntryAs(Mediator other) {
    return code.equals(other.code)
        && Objects.equals(username, other.username)
        && name.equals(other.name)
        && kind == other.kind
        && centerCode.equals(other.centerCode)
        && Objects.equals(organisationCode, other.organisationCode)
        && specialties.equals(other.specialties)
        && languages.equals(other.languages)
        && capacity == other.capacity
        && active == other.active;
  }

  /**
   * Retires the mediator: inactive from now on, never deleted. Retiring a retired mediator changes
   * nothing (a repeated request keeps the first record).
   *
   * @return true when the mediator was active (or had no retirement record) before
   */
  public boolean retire(String reason, String by, Instant at) {
    if (!active && retiredAt != null) {
      return false;
    }
    this.active = false;
    this.retiredAt = at;
    this.retiredBy = by;
    this.retireReason = reason;
    return true;
  }

  /** Active again; the retirement record is cleared. */
  public void reinstate() {
    this.active = true;
    this.retiredAt = null;
    this.retiredBy = null;
    this.retireReason = null;
  }

  /**
   * Records a leave; both days are days off.
   *
   * @throws ProblemException 400 naming {@code to} when it is before {@code from} or the leave is
   *     longer than {@link Leave#MAX_DAYS}; 409 when the mediator is retired, or naming {@code
   *     from} when the leave overlaps another
   */
  public Leave addLeave(LocalDate from, LocalDate to, String reason, String by, Instant at) {
    if (to.isBefore(from)) {
      throw ProblemException.invalidField("to", "is before from (" + from + ")");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > Leave.MAX_DAYS) {
      throw ProblemException.invalidField(
          "to",
          "a leave is at most %d days; retire the mediator for a longer absence"
              .formatted(Leave.MAX_DAYS));
    }
    if (!active) {
      throw ProblemException.conflict("mediator " + code + " is retired; reinstate them first");
    }
    for (Leave other : leaves) {
      if (other.overlaps(from, to)) {
        String message =
            "overlaps leave %d (%s to %s)".formatted(other.id(), other.from(), other.to());
        throw new ProblemException(
            409, "Conflict", "from: " + message, List.of(new Problem.FieldError("from", message)));
      }
    }
    Leave leave = new Leave(this, from, to, reason, by, at);
    leaves.add(leave);
    return leave;
  }

  /**
   * @return false when the mediator has no leave with this id
   */
  public boolean removeLeave(long leaveId) {
    return leaves.removeIf(l -> l.id() != null && l.id() == leaveId);
  }

  /** True when the day falls inside one of the mediator's leave periods (both ends included). */
  public boolean onLeave(LocalDate day) {
    return leaves.stream().anyMatch(l -> l.covers(day));
  }

  public List<Leave> leaves() {
    return Collections.unmodifiableList(leaves);
  }

  public boolean takes(String category) {
    return specialties.isEmpty() || specialties().contains(category);
  }

  public String code() {
    return code;
  }

  public String username() {
    return username;
  }

  public String name() {
    return name;
  }

  public MediatorKind kind() {
    return kind;
  }

  public String centerCode() {
    return centerCode;
  }

  public String organisationCode() {
    return organisationCode;
  }

  public List<String> specialties() {
    return split(specialties);
  }

  public List<String> languages() {
    return split(languages);
  }

  public int capacity() {
    return capacity;
  }

  public boolean active() {
    return active;
  }

  public Instant retiredAt() {
    return retiredAt;
  }

  public String retiredBy() {
    return retiredBy;
  }

  public String retireReason() {
    return retireReason;
  }

  private static String join(List<String> values) {
    return String.join(",", values.stream().distinct().toList());
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
