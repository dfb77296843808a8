package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A dispute as intake received it, and the case view that other services' events keep current (ADR
 * 0002). Status follows the latest event by occurrence time: events of different services travel on
 * different topics and may arrive in any order, so an older event never overwrites the status a
 * newer one set.
 */
@Entity
@Table(name = "dispute")
public class Dispute {

  @Id String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  DisputeStatus status;

  @Column(name = "status_at", nullable = false)
  Instant statusAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Channel channel;

  @Column(nullable = false)
  String category;

  @Column(nullable = false)
  String summary;

  @Column(name = "occurred_on")
  LocalDate occurredOn;

  @Column(name = "community_code", nullable = false)
  String communityCode;

  @Column(name = "grid_code")
  String gridCode;

  String address;

  @Column(name = "claim_amount")
  BigDecimal claimAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_platform")
  SourcePlatform sourcePlatform;

  @Column(name = "external_ref")
  String externalRef;

  @Column(name = "center_code", nullable = false)
  String centerCode;

  @Column(name = "mediation_type")
  String mediationType;

  @Column(nullable = false)
  String flags = "";

  @Column(name = "routing_trace", columnDefinition = "LONGTEXT")
  String routingTrace;

  @Column(name = "routed_at")
  Instant routedAt;

  @Column(name = "assigned_at")
  Instant assignedAt;

  @Column(name = "assignee_code")
  String assigneeCode;

  @Column(name = "assignee_name")
  String assigneeName;

  @Column(name = "assignee_username")
  String assigneeUsername;

  @Column(name = "created_by", nullable = false)
  String createdBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  @Column(name = "arbitration_notified_at")
  Instant arbitrationNotifiedAt;

  @Column(name = "arbitration_center_code")
  String arbitrationCenterCode;

  @Column(name = "arbitration_citation")
  String arbitrationCitation;

  @Version Long version;

  protected Dispute() {}

  /**
   * A new dispute is held by the community center of its location until routing decides; that keeps
   * it visible to the reporting community from the first second.
   */
  public static Dispute receive(DisputeDetails details, String createdBy, Instant now) {
    Dispute d = new Dispute();
    d.id = UUID.randomUUID().toString();
    d.status = DisputeStatus.RECEIVED;
    d.statusAt = now;
    d.channel = details.channel();
    d.category = details.category();
    d.summary = details.summary();
    d.occurredOn = details.occurredOn();
    d.communityCode = details.communityCode();
    d.gridCode = details.gridCode();
    d.address = details.address();
    d.claimAmount = details.claimAmount();
    d.sourcePlatform = details.sourcePlatform();
    d.externalRef = details.externalRef();
    d.centerCode = details.communityCode();
    d.createdBy = createdBy;
    d.createdAt = now;
    d.updatedAt = now;
    return d;
  }

  public void adopt(List<Party> parties) {
    parties.forEach(p -> p.belongTo(id));
  }

  /**
   * The latest routing wins; it releases an assignment only if that assignment is older. A routing
   * newer than a FAILED outcome reopens the case at the receiving center: that is routing's
   * auto-escalation to the parent center (ADR 0007) or a staff transfer.
   */
  public void routed(
      String centerCode, String mediationType, List<String> flags, String trace, Instant at) {
    if (routedAt == null || !at.isBefore(routedAt)) {
      this.centerCode = centerCode;
      this.mediationType = mediationType;
      this.flags = String.join(",", flags);
      this.routingTrace = trace;
      this.routedAt = at;
      if (assignedAt != null && assignedAt.isBefore(at)) {
        this.assigneeCode = null;
        this.assigneeName = null;
        this.assigneeUsername = null;
        this.assignedAt = null;
      }
    }
    moveTo(DisputeStatus.ROUTED, at);
  }

  public void assigned(String mediatorCode, String name, String username, Instant at) {
    boolean releasedByLaterRouting = routedAt != null && routedAt.isAfter(at);
    if (!releasedByLaterRouting && (assignedAt == null || !at.isBefore(assignedAt))) {
      this.assigneeCode = mediatorCode;
      this.assigneeName = name;
      this.assigneeUsername = username;
      this.assignedAt = at;
    }
    moveTo(DisputeStatus.ASSIGNED, at);
  }

  /** Nobody in the center's pool fits: the case waits for staff, with nobody assigned. */
  public void unassigned(Instant at) {
    if (assignedAt == null || !at.isBefore(assignedAt)) {
      this.assigneeCode = null;
      this.assigneeName = null;
      this.assigneeUsername = null;
    }
    moveTo(DisputeStatus.UNASSIGNED, at);
  }

  /** The assigned mediator accepted: mediation is under way. */
  public void mediationStarted(Instant at) {
    moveTo(DisputeStatus.IN_MEDIATION, at);
  }

  public void concluded(boolean settled, Instant at) {
    moveTo(settled ? DisputeStatus.SETTLED : DisputeStatus.FAILED, at);
  }

  public void confirmationRequested(Instant at) {
    moveTo(DisputeStatus.CONFIRMATION_REQUESTED, at);
  }

  public void confirmationAccepted(Instant at) {
    moveTo(DisputeStatus.CONFIRMATION_ACCEPTED, at);
  }

  /** The court's decision: confirmed (民事裁定书) or not. */
  public void confirmationDecided(boolean confirmed, Instant at) {
    moveTo(confirmed ? DisputeStatus.CONFIRMED : DisputeStatus.CONFIRMATION_REJECTED, at);
  }

  /** Withdrawn by the applicant's channel or staff; a closed or withdrawn case cannot be. */
  public DisputeStatus withdraw(Instant at) {
    if (status == DisputeStatus.WITHDRAWN
        || status == DisputeStatus.CLOSED
        || status == DisputeStatus.CONFIRMED) {
      throw org.jiefen.platform.problem.ProblemException.conflict(
          "a " + status + " dispute cannot be withdrawn");
    }
    DisputeStatus previous = status;
    status = DisputeStatus.WITHDRAWN;
    statusAt = at;
    updatedAt = at;
    return previous;
  }

  /** A duplicate is held as LINKED and not routed while the link stands. */
  public void linkAsDuplicate(Instant at) {
    status = DisputeStatus.LINKED;
    statusAt = at;
    updatedAt = at;
  }

  /** Unlinked by staff: the report stands on its own and is received (and routed) afresh. */
  public void unlink(Instant at) {
    if (status == DisputeStatus.LINKED) {
      status = DisputeStatus.RECEIVED;
      statusAt = at;
    }
    updatedAt = at;
  }

  /**
   * The labour mediation ran past its statutory days without an agreement: the parties may now
   * apply for arbitration (劳动争议调解仲裁法 Art. 14). Noted once, at the first flag that says so; returns
   * whether this call noted it.
   */
  public boolean arbitrationRightArose(String centerCode, String citation, Instant at) {
    if (arbitrationNotifiedAt != null) {
      return false;
    }
    arbitrationNotifiedAt = at;
    arbitrationCenterCode = centerCode;
    arbitrationCitation = citation;
    updatedAt = Instant.now();
    return true;
  }

  /** Empty until the parties' right to arbitration arose. */
  public Optional<ArbitrationRight> arbitrationRight() {
    return arbitrationNotifiedAt == null
        ? Optional.empty()
        : Optional.of(
            new ArbitrationRight(
                arbitrationNotifiedAt, arbitrationCenterCode, arbitrationCitation));
  }

  private void moveTo(DisputeStatus next, Instant at) {
    // Once withdrawn, late events of other services no longer move the case.
    if (status != DisputeStatus.WITHDRAWN && !at.isBefore(statusAt)) {
      status = next;
      statusAt = at;
    }
    updatedAt = Instant.now();
  }

  public String id() {
    return id;
  }

  public DisputeStatus status() {
    return status;
  }

  public Channel channel() {
    return channel;
  }

  public String category() {
    return category;
  }

  public String summary() {
    return summary;
  }

  public LocalDate occurredOn() {
    return occurredOn;
  }

  public String communityCode() {
    return communityCode;
  }

  public String gridCode() {
    return gridCode;
  }

  public String address() {
    return address;
  }

  public BigDecimal claimAmount() {
    return claimAmount;
  }

  public SourcePlatform sourcePlatform() {
    return sourcePlatform;
  }

  public String externalRef() {
    return externalRef;
  }

  public String centerCode() {
    return centerCode;
  }

  public String mediationType() {
    return mediationType;
  }

  public List<String> flags() {
    return flags.isEmpty() ? List.of() : Arrays.asList(flags.split(","));
  }

  public String routingTrace() {
    return routingTrace;
  }

  public String assigneeCode() {
    return assigneeCode;
  }

  public String assigneeName() {
    return assigneeName;
  }

  public String assigneeUsername() {
    return assigneeUsername;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
