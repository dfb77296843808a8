package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A dispute's stay at one center: from the dispute.routed.v1 that brought it there to the next
 * routed, concluded or withdrawn line, or still open (statistics' average days per stage).
 */
@Entity
@Table(name = "dispute_stage")
public class DisputeStage {

  @Id
  @Column(name = "routed_event_id")
  String routedEventId;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "center_code", nullable = false)
  String centerCode;

  @Column(name = "started_at", nullable = false)
  Instant startedAt;

  @Column(name = "ended_at")
  Instant endedAt;

  @Column(name = "ended_by")
  String endedBy;

  protected DisputeStage() {}

  public DisputeStage(String disputeId, Stages.Stage stage) {
    this.routedEventId = stage.routedEventId();
    this.disputeId = disputeId;
    take(stage);
  }

  /** Takes what the timeline now says about this stage (an earlier line may have arrived late). */
  public void take(Stages.Stage stage) {
    centerCode = stage.centerCode();
    startedAt = stage.startedAt();
    endedAt = stage.endedAt();
    endedBy = stage.endedBy();
  }

  public String routedEventId() {
    return routedEventId;
  }

  public String centerCode() {
    return centerCode;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public String endedBy() {
    return endedBy;
  }
}
