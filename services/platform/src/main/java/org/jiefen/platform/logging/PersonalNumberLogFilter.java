package org.jiefen.platform.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Never writes an ID or phone number to a log line (product-spec §6): every record's formatted
 * message and its exception messages are masked before a handler prints them. Wired to the console
 * and file handlers of every service in the platform's shared configuration.
 */
@LoggingFilter(name = "personal-numbers")
public final class PersonalNumberLogFilter implements Filter {

  @Override
  public boolean isLoggable(LogRecord record) {
    String formatted =
        record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    String masked = PersonalNumbers.mask(formatted);
    if (masked != formatted) {
      if (record instanceof ExtLogRecord ext) {
        ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
      } else {
        record.setMessage(masked);
      }
      record.setParameters(null);
    }
    if (record.getThrown() != null) {
      record.setThrown(MaskedThrowable.of(record.getThrown()));
    }
    return true;
  }
}
