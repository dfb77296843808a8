package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where a partner platform wants status changes pushed, and the secret deliveries are signed with.
 */
@Entity
@Table(name = "partner_webhook")
public class PartnerWebhook {

  @Id
  @Enumerated(EnumType.STRING)
  SourcePlatform platform;

  @Column(nullable = false)
  String url;

  @Column(name = "secret_enc", nullable = false)
  String secretEncrypted;

  @Column(name = "secret_issued_at", nullable = false)
  Instant secretIssuedAt;

  @Column(name = "updated_by", nullable = false)
  String updatedBy;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected PartnerWebhook() {}

  public PartnerWebhook(SourcePlatform platform) {
    this.platform = platform;
  }

  public void pointTo(String url, String by, Instant at) {
    this.url = url;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public void issueSecret(String encrypted, Instant at) {
    this.secretEncrypted = encrypted;
    this.secretIssuedAt = at;
  }

  /** The same secret sealed under another key (a key rotation); when it was issued stays. */
  public void resealSecret(String encrypted) {
    this.secretEncrypted = encrypted;
  }

  public SourcePlatform platform() {
    return platform;
  }

  public String url() {
    return url;
  }

  public String secretEncrypted() {
    return secretEncrypted;
  }

  public Instant secretIssuedAt() {
    return secretIssuedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
