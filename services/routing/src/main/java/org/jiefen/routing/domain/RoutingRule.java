package org.jiefen.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored routing rule. Its condition is kept as JSON (the shape of {@link RuleCondition}); each
 * change raises the version, and the decision trace names rule and version.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

  @Id String id;

  @Column(nullable = false)
  int version;

  @Column(nullable = false)
  int position;

  @Column(nullable = false)
  boolean enabled;

  @Column(nullable = false)
  String explanation;

  @Column(name = "condition_json", nullable = false)
  String conditionJson;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_level")
  OrgLevel targetLevel;

  @Column(name = "target_center_code")
  String targetCenterCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "mediation_type", nullable = false)
  MediationType mediationType;

  @Column(nullable = false)
  String flags;

  @Column(name = "updated_by", nullable = false)
  String updatedBy;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected RoutingRule() {}

  public RoutingRule(String id) {
    this.id = id;
    this.version = 0;
  }

  /** Applies a new definition; returns false (and changes nothing) when it is the same one. */
  public boolean define(
      int position,
      boolean enabled,
      String explanation,
      String conditionJson,
      OrgLevel targetLevel,
      String targetCenterCode,
      MediationType mediationType,
      String flags,
      String by,
      Instant at) {
    boolean same =
        version > 0
            && this.position == position
            && this.enabled == enabled
            && explanation.equals(this.explanation)
            && conditionJson.equals(this.conditionJson)
            && targetLevel == this.targetLevel
            && java.util.Objects.equals(targetCenterCode, this.targetCenterCode)
            && mediationType == this.mediationType
            && flags.equals(this.flags);
    if (same) {
      return false;
    }
    this.position = position;
    this.enabled = enabled;
    this.explanation = explanation;
    this.conditionJson = conditionJson;
    this.targetLevel = targetLevel;
    this.targetCenterCode = targetCenterCode;
    this.mediationType = mediationType;
    this.flags = flags;
    this.updatedBy = by;
    this.updatedAt = at;
    this.version++;
    return true;
  }

  public String id() {
    return id;
  }

  public int version() {
    return version;
  }

  public int position() {
    return position;
  }

  public boolean enabled() {
    return enabled;
  }

  public String explanation() {
    return explanation;
  }

  public String conditionJson() {
    return conditionJson;
  }

  public OrgLevel targetLevel() {
    return targetLevel;
  }

  public String targetCenterCode() {
    return targetCenterCode;
  }

  public MediationType mediationType() {
    return mediationType;
  }

  public String flags() {
    return flags;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
