package org.jiefen.routing.domain;

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

/** A stored routing decision; its trace is kept as JSON for the citizen's explanation. */
@Entity
@Table(name = "routing_decision")
public class RoutingDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "center_code", nullable = false)
  String centerCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "center_level", nullable = false)
  OrgLevel centerLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "mediation_type", nullable = false)
  MediationType mediationType;

  @Column(nullable = false)
  String flags;

  @Column(name = "rule_name", nullable = false)
  String ruleName;

  @Column(nullable = false, columnDefinition = "LONGTEXT")
  String trace;

  @Column(name = "decided_at", nullable = false)
  Instant decidedAt;

  String category;

  @Column(name = "previous_center_code")
  String previousCenterCode;

  String reason;

  @Column(name = "decided_by")
  String decidedBy;

  @Column(name = "parties_json", columnDefinition = "TEXT")
  String partiesJson;

  protected RoutingDecision() {}

  public RoutingDecision(String disputeId, Decision decision, String traceJson, Instant at) {
    this.disputeId = disputeId;
    this.centerCode = decision.center().code();
    this.centerLevel = decision.center().level();
    this.mediationType = decision.mediationType();
    this.flags = String.join(",", decision.flags());
    this.ruleName = decision.rule();
    this.trace = traceJson;
    this.decidedAt = at;
  }

  public RoutingDecision about(String category) {
    this.category = category;
    return this;
  }

  /** The parties as a JSON array of {role, name, organization}, carried to every later move. */
  public RoutingDecision withParties(String json) {
    this.partiesJson = json;
    return this;
  }

  public String partiesJson() {
    return partiesJson;
  }

  /** Marks the decision as a transfer from {@code previous}, by whom and why. */
  public RoutingDecision transferredFrom(String previous, String by, String reason) {
    this.previousCenterCode = previous;
    this.decidedBy = by;
    this.reason = reason;
    return this;
  }

  public String category() {
    return category;
  }

  public String previousCenterCode() {
    return previousCenterCode;
  }

  public String reason() {
    return reason;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String disputeId() {
    return disputeId;
  }

  public String centerCode() {
    return centerCode;
  }

  public OrgLevel centerLevel() {
    return centerLevel;
  }

  public MediationType mediationType() {
    return mediationType;
  }

  public List<String> flags() {
    return flags.isEmpty() ? List.of() : Arrays.asList(flags.split(","));
  }

  public String ruleName() {
    return ruleName;
  }

  public String trace() {
    return trace;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
