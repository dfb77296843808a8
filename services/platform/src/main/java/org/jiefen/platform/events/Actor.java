package org.jiefen.platform.events;

/** Who caused a change, as every event and timeline entry records it. */
public record Actor(Kind kind, String subject, String username, String orgUnit) {

  public enum Kind {
    USER,
    CLIENT,
    SYSTEM
  }

  public static Actor system(String service) {
    return new Actor(Kind.SYSTEM, service, null, null);
  }
}
