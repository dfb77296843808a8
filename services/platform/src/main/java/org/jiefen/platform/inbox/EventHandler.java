package org.jiefen.platform.inbox;

/** Applies one event's effect. Runs inside the transaction that also records it as processed. */
@FunctionalInterface
public interface EventHandler {
  void handle(IncomingEvent event);
}
