package org.jiefen.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jiefen.platform.events.EventSchemas;

/**
 * Writes outgoing events into the service's own database. Callers are already inside the
 * transaction that changes state: the event commits with that change or not at all (ADR 0001).
 */
@ApplicationScoped
public class Outbox {

  private final OutboxRepository repository;
  private final ObjectMapper mapper;
  private final OutboxRelay relay;
  private final TransactionSynchronizationRegistry transactions;

  Outbox(
      OutboxRepository repository,
      ObjectMapper mapper,
      OutboxRelay relay,
      TransactionSynchronizationRegistry transactions) {
    this.repository = repository;
    this.mapper = mapper;
    this.relay = relay;
    this.transactions = transactions;
  }

  /**
   * @param topic where the relay publishes the event
   * @param event a record whose JSON form holds {@code eventId}, {@code type} and {@code
   *     disputeId}; it must conform to the schema of its type
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OutboxEvent publish(String topic, Object event) {
    JsonNode json = mapper.valueToTree(event);
    return write(topic, json.path("disputeId").asText(), json);
  }

  /**
   * Publishes under an explicit record key: reference data (orgunit.changed.v1) is keyed by its
   * code, so a compacted topic keeps the latest state of each unit.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OutboxEvent publish(String topic, String key, Object event) {
    return write(topic, key, mapper.valueToTree(event));
  }

  private OutboxEvent write(String topic, String key, JsonNode json) {
    String type = json.path("type").asText();
    List<String> violations = EventSchemas.violations(type, json);
    if (!violations.isEmpty()) {
      // A programming error in the producer: fail the whole transaction rather than emit it.
      throw new IllegalStateException(type + " breaks its schema: " + violations);
    }
    OutboxEvent row =
        new OutboxEvent(json.path("eventId").asText(), key, topic, type, json.toString());
    repository.persist(row);
    wakeRelayAfterCommit();
    return row;
  }

  private void wakeRelayAfterCommit() {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              relay.wakeUp();
            }
          }
        });
  }
}
