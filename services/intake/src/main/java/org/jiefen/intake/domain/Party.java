package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A party of a dispute. Personal numbers are held only as ciphertext, keyed hash and mask; the
 * plain values never reach this object.
 */
@Entity
@Table(name = "party")
public class Party {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(nullable = false)
  int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  PartyRole role;

  @Column(nullable = false)
  String name;

  String organization;

  @Column(name = "id_number_enc")
  String idNumberEncrypted;

  @Column(name = "id_number_hash")
  String idNumberHash;

  @Column(name = "id_number_masked")
  String idNumberMasked;

  @Column(name = "phone_enc")
  String phoneEncrypted;

  @Column(name = "phone_hash")
  String phoneHash;

  @Column(name = "phone_masked")
  String phoneMasked;

  protected Party() {}

  public Party(int position, PartyRole role, String name, String organization) {
    this.position = position;
    this.role = role;
    this.name = name;
    this.organization = organization;
  }

  public void protectIdNumber(ProtectedValue value) {
    this.idNumberEncrypted = value.ciphertext();
    this.idNumberHash = value.hash();
    this.idNumberMasked = value.masked();
  }

  public void protectPhone(ProtectedValue value) {
    this.phoneEncrypted = value.ciphertext();
    this.phoneHash = value.hash();
    this.phoneMasked = value.masked();
  }

  void belongTo(String disputeId) {
    this.disputeId = disputeId;
  }

  public PartyRole role() {
    return role;
  }

  public String name() {
    return name;
  }

  public String organization() {
    return organization;
  }

  public String idNumberHash() {
    return idNumberHash;
  }

  public String idNumberMasked() {
    return idNumberMasked;
  }

  public String phoneMasked() {
    return phoneMasked;
  }

  public String idNumberEncrypted() {
    return idNumberEncrypted;
  }

  public int position() {
    return position;
  }
}
