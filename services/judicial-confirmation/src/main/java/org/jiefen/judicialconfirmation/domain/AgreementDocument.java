package org.jiefen.judicialconfirmation.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The agreement PDF as the mediation organisation issued it, kept for the court. */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument {

  @Id
  @Column(name = "dispute_id")
  String disputeId;

  @Column(name = "document_id", nullable = false)
  String documentId;

  @Column(nullable = false)
  String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, columnDefinition = "LONGBLOB")
  byte[] content;

  @Column(name = "organisation_name", nullable = false)
  String organisationName;

  @Column(name = "parties_json", nullable = false)
  String partiesJson;

  @Column(name = "received_at", nullable = false)
  Instant receivedAt;

  protected AgreementDocument() {}

  public AgreementDocument(
      String disputeId,
      String documentId,
      String sha256,
      byte[] content,
      String organisationName,
      String partiesJson,
      Instant at) {
    this.disputeId = disputeId;
    this.documentId = documentId;
    this.sha256 = sha256;
    this.content = content;
    this.organisationName = organisationName;
    this.partiesJson = partiesJson;
    this.receivedAt = at;
  }

  public String organisationName() {
    return organisationName;
  }

  public String partiesJson() {
    return partiesJson;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content;
  }
}
