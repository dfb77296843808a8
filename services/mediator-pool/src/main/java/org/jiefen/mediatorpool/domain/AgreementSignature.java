package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A party's signature on a settlement, as recorded with the outcome. */
@Entity
@Table(name = "agreement_signature")
public class AgreementSignature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "assignment_id", nullable = false)
  Long assignmentId;

  @Column(nullable = false)
  int position;

  @Column(name = "party_name", nullable = false)
  String partyName;

  @Column(name = "signed_at", nullable = false)
  Instant signedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  SignatureChannel channel;

  protected AgreementSignature() {}

  public AgreementSignature(Long assignmentId, int position, Signature s) {
    this.assignmentId = assignmentId;
    this.position = position;
    this.partyName = s.party();
    this.signedAt = s.signedAt();
    this.channel = s.channel();
  }

  public Signature signature() {
    return new Signature(partyName, signedAt, channel);
  }
}
