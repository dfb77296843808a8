package org.jiefen.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A center of the org tree: district, street or community 平安建设中心. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

  @Id String code;

  @Column(nullable = false)
  String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  OrgLevel level;

  @Column(name = "parent_code")
  String parentCode;

  @Column(nullable = false)
  boolean sample;

  protected OrgUnit() {}

  public OrgUnit(String code, String name, OrgLevel level, String parentCode, boolean sample) {
    this.code = code;
    this.name = name;
    this.level = level;
    this.parentCode = parentCode;
    this.sample = sample;
  }

  /** Takes the other unit's name, level, parent and sample mark; true when anything changed. */
  public boolean updateFrom(OrgUnit other) {
    boolean changed =
        !name.equals(other.name)
            || level != other.level
            || !java.util.Objects.equals(parentCode, other.parentCode)
            || sample != other.sample;
    this.name = other.name;
    this.level = other.level;
    this.parentCode = other.parentCode;
    this.sample = other.sample;
    return changed;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public OrgLevel level() {
    return level;
  }

  public String parentCode() {
    return parentCode;
  }

  public boolean sample() {
    return sample;
  }
}
