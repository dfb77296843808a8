package org.jiefen.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Talks to the real broker the tests run against: publish raw records, read what arrived. */
public final class KafkaTestSupport {

  public static final String BOOTSTRAP =
      System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092");

  private KafkaTestSupport() {}

  /** Sends one record and waits for the broker's ack. Headers may be empty. */
  public static void send(String topic, String key, String value, Map<String, String> headers) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
      headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot send to " + topic, e);
    }
  }

  /** Sends a well-formed Jiefen event with its event-id and event-type headers. */
  public static void sendEvent(String topic, String key, String eventId, String type, String json) {
    send(topic, key, json, Map.of("event-id", eventId, "event-type", type));
  }

  /**
   * Reads the topic from the beginning until {@code until} holds for the records matching {@code
   * filter}, or the timeout passes; returns the matching records in topic order per partition.
   */
  public static List<ConsumerRecord<String, String>> read(
      String topic,
      Predicate<ConsumerRecord<String, String>> filter,
      Predicate<List<ConsumerRecord<String, String>>> until,
      Duration timeout) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<ConsumerRecord<String, String>> matched = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      Instant deadline = Instant.now().plus(timeout);
      while (Instant.now().isBefore(deadline) && !until.test(matched)) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          if (filter.test(record)) {
            matched.add(record);
          }
        }
      }
    }
    return matched;
  }

  /** The records of one key (dispute id), waiting until at least {@code count} arrived. */
  public static List<ConsumerRecord<String, String>> readKey(
      String topic, String key, int count, Duration timeout) {
    return read(topic, r -> key.equals(r.key()), l -> l.size() >= count, timeout);
  }

  public static String header(ConsumerRecord<String, String> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
