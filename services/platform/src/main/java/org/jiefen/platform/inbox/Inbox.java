package org.jiefen.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jiefen.platform.db.DatabaseUnavailable;
import org.jiefen.platform.events.EventHeaders;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.events.InvalidEventException;

/**
 * The idempotent consumer (ADR 0001). For each record: parse and validate (a poison record throws
 * {@link InvalidEventException} at once — retrying cannot fix it), skip types this consumer does
 * not handle, then run the handler and the processed-event insert in one transaction, retrying a
 * bounded number of times. Whatever still fails is thrown, and the channel's dead-letter failure
 * strategy moves the record to the service's DLQ topic with the reason, so the partition flows on.
 */
@ApplicationScoped
public class Inbox {

  private static final Logger LOG = Logger.getLogger(Inbox.class);

  private final ObjectMapper mapper;
  private final ProcessedEventRepository processed;
  private final DataSource dataSource;
  private static final Duration OUTAGE_BACKOFF_CAP = Duration.ofSeconds(2);

  /** How long a record waits for a lost database before it fails like any other error. */
  static final String DEFAULT_OUTAGE_WAIT = "PT2M";

  private final int maxAttempts;
  private final Duration backoff;
  private final Duration outageWait;

  Inbox(
      ObjectMapper mapper,
      ProcessedEventRepository processed,
      DataSource dataSource,
      @ConfigProperty(name = "jiefen.inbox.max-attempts", defaultValue = "3") int maxAttempts,
      @ConfigProperty(name = "jiefen.inbox.backoff", defaultValue = "PT0.2S") Duration backoff,
      @ConfigProperty(name = "jiefen.inbox.outage-wait", defaultValue = DEFAULT_OUTAGE_WAIT)
          Duration outageWait) {
    this.mapper = mapper;
    this.processed = processed;
    this.dataSource = dataSource;
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.outageWait = outageWait;
  }

  /**
   * @param consumer this consumer's name in the processed-event table
   * @param handlers the event types this consumer acts on; any other type is skipped
   * @return true when a handler ran, false when the record was skipped or already processed
   */
  public boolean consume(
      String consumer, ConsumerRecord<String, String> record, Map<String, EventHandler> handlers) {
    String type = header(record, EventHeaders.EVENT_TYPE);
    if (type != null && !handlers.containsKey(type)) {
      return false;
    }
    IncomingEvent event = parse(record, type);
    if (!handlers.containsKey(event.type())) {
      return false;
    }
    EventHandler handler = handlers.get(event.type());
    long outageSince = 0;
    for (int attempt = 1; ; attempt++) {
      try {
        return QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, handler));
      } catch (InvalidEventException e) {
        throw e;
      } catch (RuntimeException e) {
        // The database unreachable says nothing about the record: wait for it (bounded) instead of
        // dead-lettering every record consumed meanwhile. FaultInjectionIT found dispute.routed.v1
        // on mediator-pool.dlq after an 8 s database outage, the dispute never assigned.
        if (DatabaseUnavailable.causedBy(e) || !databaseReachable()) {
          long now = System.nanoTime();
          outageSince = outageSince == 0 ? now : outageSince;
          if (now - outageSince < outageWait.toNanos()) {
            LOG.debugf("database unreachable on %s %s, waiting", event.type(), event.eventId());
            Duration wait = backoff.multipliedBy(attempt);
            sleep(wait.compareTo(OUTAGE_BACKOFF_CAP) > 0 ? OUTAGE_BACKOFF_CAP : wait);
            continue;
          }
        }
        if (attempt >= maxAttempts) {
          throw new IllegalStateException(
              "%s failed %d times on %s %s: %s"
                  .formatted(consumer, attempt, event.type(), event.eventId(), rootMessage(e)),
              e);
        }
        LOG.debugf("retrying %s %s after: %s", event.type(), event.eventId(), rootMessage(e));
        sleep(backoff.multipliedBy(attempt));
      }
    }
  }

  private boolean applyOnce(String consumer, IncomingEvent event, EventHandler handler) {
    if (processed.isProcessed(event.eventId(), consumer)) {
      return false;
    }
    handler.handle(event);
    processed.markProcessed(event.eventId(), consumer, event.type());
    return true;
  }

  IncomingEvent parse(ConsumerRecord<String, String> record, String headerType) {
    if (record.value() == null) {
      throw new InvalidEventException("record has no value");
    }
    JsonNode payload;
    try {
      payload = mapper.readTree(record.value());
    } catch (JsonProcessingException e) {
      throw new InvalidEventException("value is not JSON: " + e.getOriginalMessage());
    }
    if (payload == null || !payload.isObject()) {
      throw new InvalidEventException("value is not a JSON object");
    }
    String type = payload.path("type").asText(null);
    if (type == null || (headerType != null && !headerType.equals(type))) {
      throw new InvalidEventException(
          "event-type header %s does not match payload type %s".formatted(headerType, type));
    }
    if (!EventSchemas.isKnown(type)) {
      throw new InvalidEventException("unknown event type " + type);
    }
    List<String> violations = EventSchemas.violations(type, payload);
    if (!violations.isEmpty()) {
      throw new InvalidEventException(type + " breaks its schema: " + violations);
    }
    String eventId = payload.path("eventId").asText();
    return new IncomingEvent(eventId, type, record.key(), payload);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /**
   * A fresh connection, checked. A transaction that failed because MariaDB died can end as a bare
   * "setRollbackOnly called from" with no connection error in its causes (FaultInjectionIT's kill
   * -9 of MariaDB dead-lettered a dispute.routed.v1 of intake's projection that way): when the
   * cause does not say, the database itself is asked.
   */
  private boolean databaseReachable() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while backing off", e);
    }
  }
}
