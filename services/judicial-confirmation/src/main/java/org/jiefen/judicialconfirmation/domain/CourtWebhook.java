package org.jiefen.judicialconfirmation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a court's system wants its applications' changes pushed, with the secret it chose. */
@Entity
@Table(name = "court_webhook")
public class CourtWebhook {

  @Id
  @Column(name = "court_code")
  String courtCode;

  @Column(nullable = false)
  String url;

  @Column(name = "secret_enc", nullable = false)
  String secretEncrypted;

  @Column(name = "updated_by", nullable = false)
  String updatedBy;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected CourtWebhook() {}

  public CourtWebhook(String courtCode) {
    this.courtCode = courtCode;
  }

  public void set(String url, String secretEncrypted, String by, Instant at) {
    this.url = url;
    this.secretEncrypted = secretEncrypted;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String courtCode() {
    return courtCode;
  }

  public String url() {
    return url;
  }

  /** The same secret sealed under another key (a key rotation); who set it and when stay. */
  public void resealSecret(String sealed) {
    this.secretEncrypted = sealed;
  }

  public String secretEncrypted() {
    return secretEncrypted;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
