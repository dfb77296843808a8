package org.jiefen.platform.logging;

/**
 * Stands in for a logged exception whose message (or a cause's) holds a personal number: prints as
 * the original class with the masked message, keeps the original stack trace and causes.
 */
final class MaskedThrowable extends RuntimeException {

  private final String originalClass;

  private MaskedThrowable(Throwable original, String maskedMessage, Throwable maskedCause) {
    super(maskedMessage, maskedCause, false, true);
    this.originalClass = original.getClass().getName();
    setStackTrace(original.getStackTrace());
  }

  /** The throwable itself when nothing in its chain needs masking, else a masked copy. */
  static Throwable of(Throwable t) {
    if (t == null || t instanceof MaskedThrowable || !needsMasking(t, 0)) {
      return t;
    }
    return copy(t, 0);
  }

  private static boolean needsMasking(Throwable t, int depth) {
    if (t == null || depth > 20) {
      return false;
    }
    String message = t.getMessage();
    return PersonalNumbers.mask(message) != message || needsMasking(t.getCause(), depth + 1);
  }

  private static Throwable copy(Throwable t, int depth) {
    if (t == null || depth > 20) {
      return null;
    }
    Throwable cause = t.getCause() == t ? null : t.getCause();
    return new MaskedThrowable(t, PersonalNumbers.mask(t.getMessage()), copy(cause, depth + 1));
  }

  @Override
  public String toString() {
    String message = getLocalizedMessage();
    return message == null ? originalClass : originalClass + ": " + message;
  }
}
