package org.jiefen.intake.projection;

import org.jiefen.platform.inbox.IncomingEvent;

/** The timeline's words for the mediation's events that change no status. */
final class MediationLines {

  private MediationLines() {}

  static String declined(IncomingEvent e) {
    return e.payload().path("expired").asBoolean()
        ? "Mediator " + e.text("mediatorCode") + " did not answer in time"
        : "Declined by mediator " + e.text("mediatorCode");
  }

  static String logged(IncomingEvent e) {
    String what = "SESSION".equals(e.text("kind")) ? "Mediation session" : "Contact";
    String with = e.payload().path("withOtherParty").asBoolean() ? " with the other party" : "";
    return "%s (%s)%s".formatted(what, e.text("mode"), with);
  }

  static String paused(IncomingEvent e) {
    return "Mediation paused (" + e.text("kind") + ")";
  }

  static String extended(IncomingEvent e) {
    return "Mediation extended by %d days with every party's consent"
        .formatted(e.payload().path("days").asInt());
  }

  static String followedUp(IncomingEvent e) {
    return "Performance checked: " + e.text("result");
  }
}
