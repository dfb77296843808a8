package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A mediator of a center's pool. No specialties means a generalist, who takes any category. */
@Entity
@Table(name = "mediator")
public class Mediator {

  @Id String code;

  /** The Keycloak username of a mediator who signs in; null for one who only appears on paper. */
  String username;

  @Column(nullable = false)
  String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  MediatorKind kind;

  @Column(name = "center_code", nullable = false)
  String centerCode;

  @Column(nullable = false)
  String specialties;

  @Column(nullable = false)
  int capacity;

  @Column(nullable = false)
  boolean active;

  protected Mediator() {}

  public Mediator(
      String code,
      String username,
      String name,
      MediatorKind kind,
      String centerCode,
      List<String> specialties,
      int capacity,
      boolean active) {
    this.code = code;
    this.username = username;
    this.name = name;
    this.kind = kind;
    this.centerCode = centerCode;
    this.specialties = String.join(",", specialties.stream().distinct().toList());
    this.capacity = capacity;
    this.active = active;
  }

  public void updateFrom(Mediator other) {
    this.username = other.username;
    this.name = other.name;
    this.kind = other.kind;
    this.centerCode = other.centerCode;
    this.specialties = other.specialties;
    this.capacity = other.capacity;
    this.active = other.active;
  }

  public boolean takes(String category) {
    return specialties.isEmpty() || specialties().contains(category);
  }

  public String code() {
    return code;
  }

  public String username() {
    return username;
  }

  public String name() {
    return name;
  }

  public MediatorKind kind() {
    return kind;
  }

  public String centerCode() {
    return centerCode;
  }

  public List<String> specialties() {
    return specialties.isEmpty() ? List.of() : Arrays.asList(specialties.split(","));
  }

  public int capacity() {
    return capacity;
  }

  public boolean active() {
    return active;
  }
}
