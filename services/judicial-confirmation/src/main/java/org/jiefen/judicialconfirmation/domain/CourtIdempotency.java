package org.jiefen.judicialconfirmation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The answer a court got for a write under its Idempotency-Key, kept to answer a retry alike. */
@Entity
@Table(name = "court_idempotency")
public class CourtIdempotency {

  @Embeddable
  public record Key(
      @Column(name = "court_code") String courtCode, @Column(name = "idem_key") String key)
      implements Serializable {}

  @EmbeddedId Key key;

  @Column(name = "request_hash", nullable = false)
  String requestHash;

  @Column(name = "response_status", nullable = false)
  int responseStatus;

  @Column(name = "response_body", nullable = false)
  String responseBody;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected CourtIdempotency() {}

  public CourtIdempotency(Key key, String requestHash, int status, String body, Instant at) {
    this.key = key;
    this.requestHash = requestHash;
    this.responseStatus = status;
    this.responseBody = body;
    this.createdAt = at;
  }

  public boolean sameRequest(String hash) {
    return requestHash.equals(hash);
  }

  public int responseStatus() {
    return responseStatus;
  }

  public String responseBody() {
    return responseBody;
  }
}
