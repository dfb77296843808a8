package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;
import java.util.function.BiFunction;

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

  /** The key pair that protects this row's numbers (PiiProtector.keysId); null before V9. */
  @Column(name = "pii_keys")
  String piiKeys;

  /** {@link #piiKeys} of a row no configured key opens (PiiRekeying); it stays "not re-keyed". */
  public static final String UNREADABLE = "unreadable";

  /** The hashes a duplicate search matches for this row's ID number; not stored. */
  @Transient List<String> idNumberSearchHashes = List.of();

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
    this.idNumberSearchHashes = value.searchHashes();
    this.piiKeys = value.keysId();
  }

  public void protectPhone(ProtectedValue value) {
    this.phoneEncrypted = value.ciphertext();
    this.phoneHash = value.hash();
    this.phoneMasked = value.masked();
    this.piiKeys = value.keysId();
  }

  /**
   * Protects this row's numbers again under the key pair {@code keysId} (a rotation's re-keying):
   * {@code reprotect} turns a stored ciphertext and its mask into their new protected form.
   */
  public void rekey(BiFunction<String, String, ProtectedValue> reprotect, String keysId) {
    if (idNumberEncrypted != null) {
      protectIdNumber(reprotect.apply(idNumberEncrypted, idNumberMasked));
    }
    if (phoneEncrypted != null) {
      protectPhone(reprotect.apply(phoneEncrypted, phoneMasked));
    }
    this.piiKeys = keysId;
  }

  public void markUnreadable() {
    this.piiKeys = UNREADABLE;
  }

  public Long id() {
    return id;
  }

  public List<String> idNumberSearchHashes() {
    return idNumberSearchHashes;
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
