package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jiefen.platform.security.OrgScope;

/**
 * A mediation organisation mediators belong to. It sits at a center (the community, street or
 * district it serves); its mediators work at that center or a center below it. Never deleted:
 * {@code active = false} retires it, and mediators already in it stay there.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id String code;

  @Column(nullable = false)
  String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  OrganisationKind kind;

  @Column(name = "center_code", nullable = false)
  String centerCode;

  @Column(nullable = false)
  boolean active;

  protected Organisation() {}

  public Organisation(
      String code, String name, OrganisationKind kind, String centerCode, boolean active) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.centerCode = centerCode;
    this.active = active;
  }

  /**
   * @return true when something changed
   */
  public boolean updateFrom(Organisation other) {
    boolean same =
        name.equals(other.name)
            && kind == other.kind
            && centerCode.equals(other.centerCode)
            && active == other.active;
    this.name = other.name;
    this.kind = other.kind;
    this.centerCode = other.centerCode;
    this.active = other.active;
    return !same;
  }

  /** A mediator at this center may belong to the organisation. */
  public boolean serves(String mediatorCenterCode) {
    return OrgScope.covers(centerCode, mediatorCenterCode);
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public String centerCode() {
    return centerCode;
  }

  public boolean active() {
    return active;
  }
}
