package org.jiefen.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who changed which rule to what, and when: the audit trail of routing policy. */
@Entity
@Table(name = "routing_rule_audit")
public class RuleAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "rule_id", nullable = false)
  String ruleId;

  @Column(nullable = false)
  int version;

  @Column(name = "changed_by", nullable = false)
  String changedBy;

  @Column(name = "changed_at", nullable = false)
  Instant changedAt;

  @Column(nullable = false, columnDefinition = "LONGTEXT")
  String definition;

  protected RuleAudit() {}

  public RuleAudit(
      String ruleId, int version, String changedBy, Instant changedAt, String definition) {
    this.ruleId = ruleId;
    this.version = version;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.definition = definition;
  }

  public String ruleId() {
    return ruleId;
  }

  public int version() {
    return version;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String definition() {
    return definition;
  }
}
