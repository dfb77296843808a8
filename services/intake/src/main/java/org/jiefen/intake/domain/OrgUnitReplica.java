package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * intake's copy of one unit of routing's org tree. Routing owns the tree; intake only needs to know
 * which community codes exist, so a report cannot name a place the routing cannot route.
 */
@Entity
@Table(name = "org_unit_replica")
public class OrgUnitReplica {

  public static final String COMMUNITY = "COMMUNITY";

  @Id String code;

  @Column(nullable = false)
  String name;

  @Column(nullable = false)
  String level;

  @Column(name = "parent_code")
  String parentCode;

  @Column(nullable = false)
  boolean sample;

  @Column(name = "changed_at", nullable = false)
  Instant changedAt;

  protected OrgUnitReplica() {}

  public OrgUnitReplica(String code) {
    this.code = code;
  }

  /** Takes the announced state unless an event already applied is newer (compaction reorders). */
  public boolean apply(
      String name, String level, String parentCode, boolean sample, Instant changedAt) {
    if (this.changedAt != null && changedAt.isBefore(this.changedAt)) {
      return false;
    }
    this.name = name;
    this.level = level;
    this.parentCode = parentCode;
    this.sample = sample;
    this.changedAt = changedAt;
    return true;
  }

  public boolean isCommunity() {
    return COMMUNITY.equals(level);
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String level() {
    return level;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
