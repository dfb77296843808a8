package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A party of a dispute as routing carried it: role, name, organisation — never its numbers. */
@Entity
@Table(name = "dispute_party")
public class DisputeParty {

  @Embeddable
  public record Key(
      @Column(name = "dispute_id") String disputeId, @Column(name = "position") int position)
      implements Serializable {}

  @EmbeddedId Key key;

  @Column(nullable = false)
  String role;

  @Column(nullable = false)
  String name;

  String organization;

  protected DisputeParty() {}

  public DisputeParty(String disputeId, int position, String role, String name, String org) {
    this.key = new Key(disputeId, position);
    this.role = role;
    this.name = name;
    this.organization = org;
  }

  public boolean isRespondent() {
    return "RESPONDENT".equals(role);
  }

  public String role() {
    return role;
  }

  public String name() {
    return name;
  }

  public String organization() {
    return organization;
  }
}
