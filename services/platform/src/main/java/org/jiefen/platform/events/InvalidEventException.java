package org.jiefen.platform.events;

/** An event that cannot be parsed or breaks its schema: retrying will never help. */
public class InvalidEventException extends RuntimeException {
  public InvalidEventException(String message) {
    super(message);
  }
}
