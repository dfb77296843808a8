package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A dispute category (劳动争议, 物业纠纷 …): reference data intake owns and validates against. */
@Entity
@Table(name = "category")
public class Category {

  @Id String code;

  @Column(nullable = false)
  String name;

  @Column(nullable = false)
  int position;

  @Column(nullable = false)
  boolean active;

  @Column(name = "updated_by", nullable = false)
  String updatedBy;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected Category() {}

  public Category(String code) {
    this.code = code;
  }

  /** Takes the given definition; true when anything changed (an identical load changes nothing). */
  public boolean define(String name, int position, boolean active, String by, Instant at) {
    if (Objects.equals(this.name, name) && this.position == position && this.active == active) {
      return false;
    }
    this.name = name;
    this.position = position;
    this.active = active;
    this.updatedBy = by;
    this.updatedAt = at;
    return true;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public int position() {
    return position;
  }

  public boolean active() {
    return active;
  }
}
