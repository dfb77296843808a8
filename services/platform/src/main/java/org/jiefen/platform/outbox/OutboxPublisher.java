package org.jiefen.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jiefen.platform.events.EventHeaders;

/**
 * The relay's Kafka producer: idempotent with acks=all, so broker-side retries neither duplicate
 * nor reorder a partition's records. It reuses the broker settings Quarkus already resolved.
 */
@ApplicationScoped
public class OutboxPublisher {

  private final Producer<String, String> producer;

  @Inject
  OutboxPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    Map<String, Object> config = new HashMap<>();
    kafkaConfig.forEach(
        (key, value) -> {
          if (!key.startsWith("group.") && !key.startsWith("auto.offset")) {
            config.put(key, value);
          }
        });
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    // agreement.issued.v1 carries the agreement PDF; its topic accepts records up to 5 MiB.
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 5_242_880);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    config.put(
        ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.getOrDefault("client.id", ""));
    this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  Future<RecordMetadata> send(OutboxEvent row) {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(row.topic(), row.aggregateId(), row.payload());
    record.headers().add(EventHeaders.EVENT_ID, row.eventId().getBytes(StandardCharsets.UTF_8));
    record.headers().add(EventHeaders.EVENT_TYPE, row.eventType().getBytes(StandardCharsets.UTF_8));
    return producer.send(record);
  }

  @PreDestroy
  void close() {
    producer.close();
  }
}
