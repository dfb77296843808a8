package org.jiefen.platform.events;

/** Kafka header names every Jiefen record carries (see contracts/asyncapi.yaml). */
public final class EventHeaders {
  public static final String EVENT_ID = "event-id";
  public static final String EVENT_TYPE = "event-type";

  private EventHeaders() {}
}
