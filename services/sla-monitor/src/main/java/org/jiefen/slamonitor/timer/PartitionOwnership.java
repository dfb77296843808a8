package org.jiefen.slamonitor.timer;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which clocks this instance flags: those of the disputes whose Kafka partition its consumer of
 * routing.dispute.events owns right now. Every dispute topic has the same partition count and is
 * keyed by dispute id, so a dispute's partition is the same on all of them; several monitor
 * instances thus split the clocks, and a dead instance's partitions — and clocks — move to the
 * survivors with the next rebalance.
 */
@ApplicationScoped
@Default
@Identifier("sla-ownership")
public class PartitionOwnership implements KafkaConsumerRebalanceListener {

  private static final Logger LOG = Logger.getLogger(PartitionOwnership.class);

  private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
  private final int partitions;
  private final boolean ownAll;

  PartitionOwnership(
      @ConfigProperty(name = "jiefen.sla.partitions", defaultValue = "6") int partitions,
      @ConfigProperty(name = "jiefen.sla.own-all-partitions", defaultValue = "false")
          boolean ownAll) {
    this.partitions = partitions;
    this.ownAll = ownAll;
  }

  /** The partition of a dispute, as Kafka's default partitioner puts its records. */
  public int partitionOf(String disputeId) {
    return Utils.toPositive(
            Utils.murmur2(disputeId.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        % partitions;
  }

  public Set<Integer> owned() {
    return ownAll
        ? IntStream.range(0, partitions).boxed().collect(Collectors.toSet())
        : Set.copyOf(owned);
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> assigned) {
    assigned.forEach(p -> owned.add(p.partition()));
    LOG.infof("flagging clocks of partitions %s", owned);
  }

  @Override
  public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> revoked) {
    revoked.forEach(p -> owned.remove(p.partition()));
  }

  @Override
  public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> lost) {
    onPartitionsRevoked(consumer, lost);
  }
}
