package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The 调解协议书 PDF as issued, with its SHA-256: served as stored, never regenerated. */
@Entity
@Table(name = "agreement_document")
public class IssuedAgreement {

  @Id String id;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "assignment_id", nullable = false)
  Long assignmentId;

  @Column(nullable = false)
  String sha256;

  @Column(name = "size_bytes", nullable = false)
  long size;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, columnDefinition = "LONGBLOB")
  byte[] content;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected IssuedAgreement() {}

  public IssuedAgreement(Assignment a, byte[] pdf, String sha256, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.disputeId = a.disputeId();
    this.assignmentId = a.id();
    this.content = pdf;
    this.size = pdf.length;
    this.sha256 = sha256;
    this.createdAt = at;
  }

  public String id() {
    return id;
  }

  public String disputeId() {
    return disputeId;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content;
  }
}
