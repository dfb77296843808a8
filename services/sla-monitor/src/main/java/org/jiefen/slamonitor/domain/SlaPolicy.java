package org.jiefen.slamonitor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One clock of product-spec §4 as data: what starts it, how long, where the law says so. */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

  @Id String clock;

  @Column(nullable = false)
  String name;

  @Column(name = "start_event", nullable = false)
  String startEvent;

  @Column(nullable = false)
  int length;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ClockUnit unit;

  @Column(name = "warn_at_percent", nullable = false)
  int warnAtPercent;

  @Column(nullable = false)
  String consequence;

  @Column(nullable = false)
  String citation;

  String extension;

  /** JSON object of JSON pointer → required value in the start event, or null for every event. */
  @Column(name = "condition_json")
  String condition;

  /** Comma-separated event types that stop an open clock of this policy. */
  @Column(name = "stop_events", nullable = false)
  String stopEvents = "";

  protected SlaPolicy() {}

  public SlaPolicy(
      String clock,
      String name,
      String startEvent,
      int length,
      ClockUnit unit,
      int warnAtPercent,
      String consequence,
      String citation,
      String extension,
      String condition) {
    this.clock = clock;
    this.name = name;
    this.startEvent = startEvent;
    this.length = length;
    this.unit = unit;
    this.warnAtPercent = warnAtPercent;
    this.consequence = consequence;
    this.citation = citation;
    this.extension = extension;
    this.condition = condition;
  }

  public void updateFrom(SlaPolicy o) {
    name = o.name;
    startEvent = o.startEvent;
    length = o.length;
    unit = o.unit;
    warnAtPercent = o.warnAtPercent;
    consequence = o.consequence;
    citation = o.citation;
    extension = o.extension;
    condition = o.condition;
    stopEvents = o.stopEvents;
  }

  public SlaPolicy stoppedBy(java.util.List<String> events) {
    this.stopEvents = String.join(",", events);
    return this;
  }

  public java.util.List<String> stopEvents() {
    return stopEvents.isEmpty() ? java.util.List.of() : java.util.List.of(stopEvents.split(","));
  }

  public String clock() {
    return clock;
  }

  public String name() {
    return name;
  }

  public String startEvent() {
    return startEvent;
  }

  public int length() {
    return length;
  }

  public ClockUnit unit() {
    return unit;
  }

  public int warnAtPercent() {
    return warnAtPercent;
  }

  public String consequence() {
    return consequence;
  }

  public String citation() {
    return citation;
  }

  public String extension() {
    return extension;
  }

  public String condition() {
    return condition;
  }
}
