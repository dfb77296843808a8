package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something a mediator disclosed that may make them partial (人民法院在线调解规则 Art. 13): an organisation
 * they work for or are tied to, or a relative.
 */
@Entity
@Table(name = "mediator_disclosure")
public class Disclosure {

  public enum Kind {
    /** An employer or other organisation the mediator is tied to. */
    AFFILIATION,
    /** A relative or close person. */
    RELATIVE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "mediator_code", nullable = false)
  String mediatorCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Kind kind;

  @Column(nullable = false)
  String subject;

  @Column(name = "declared_at", nullable = false)
  Instant declaredAt;

  @Column(name = "declared_by", nullable = false)
  String declaredBy;

  protected Disclosure() {}

  public Disclosure(String mediatorCode, Kind kind, String subject, String by, Instant at) {
    this.mediatorCode = mediatorCode;
    this.kind = kind;
    this.subject = subject;
    this.declaredBy = by;
    this.declaredAt = at;
  }

  public String mediatorCode() {
    return mediatorCode;
  }

  public Kind kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public Instant declaredAt() {
    return declaredAt;
  }
}
