package org.jiefen.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9 on one machine: routing, mediator-pool and sla-monitor each run as two instances
 * (deploy/local/instance.sh: the same jar, database and consumer groups, another port). While a
 * bounded stream of disputes flows, the consumer groups are shown split between the two instances;
 * one instance of each is killed with SIGKILL midway and the survivors are shown to own every
 * partition; then every accepted dispute is routed and assigned exactly once, nothing is stuck in
 * an outbox or on a dead-letter topic, and — with a second monitor started again and killed while
 * the advanced clock makes them flag — every SLA flag is raised exactly once.
 */
@ExtendWith(StackExtension.class)
class ScaleOutIT {

  static final int RATE = 6;
  static final List<String> SCALED = List.of("routing", "mediator-pool", "sla-monitor");

  /** The consumer group whose partitions decide each service's share of the disputes. */
  static final Map<String, String> GROUP =
      Map.of(
          "routing", "routing",
          "mediator-pool", "mediator-pool",
          "sla-monitor", "sla-monitor-routing");

  final Map<String, String> figures = new LinkedHashMap<>();

  @Test
  void twoInstancesShareTheWorkAndTheSurvivorsTakeOverWhenOneDies() throws Exception {
    Map<String, Long> dlqBefore = Ledger.endOffsets(Ledger.DLQ_TOPICS);
    DisputeStream stream = null;
    long testStart = System.currentTimeMillis();
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"))) {
      for (String service : SCALED) {
        StackProcesses.startInstance(service, 2);
      }
      for (String service : SCALED) {
        awaitMembers(admin, service, 2);
      }

      stream = DisputeStream.start(RATE, 1000);
      Thread.sleep(20_000);
      for (String service : SCALED) {
        StackProcesses.kill9(service + "-2");
      }
      long killedAt = stream.millis();
      for (String service : SCALED) {
        awaitMembers(admin, service, 1);
      }
      figures.put(
          "survivors own every partition",
          "%.1f s after the SIGKILL of routing-2, mediator-pool-2 and sla-monitor-2"
              .formatted((stream.millis() - killedAt) / 1000.0));
      Thread.sleep(20_000);
      stream.stop();
      figures.put("stream", stream.statuses() + " over " + stream.millis() / 1000 + " s");
      stream.close();
      List<String> ids = stream.acceptedIds();
      figures.put("disputes accepted (2xx)", Integer.toString(ids.size()));
      assertTrue(
          ids.size() > stream.sent().size() * 9 / 10, "creates accepted: " + stream.statuses());

      ExactlyOnce.provedExactlyOnce(ids, dlqBefore, figures);

      StackProcesses.startInstance("sla-monitor", 2);
      awaitMembers(admin, "sla-monitor", 2);
      ExactlyOnce.provedFlagsExactlyOnce(ids, figures, () -> StackProcesses.kill9("sla-monitor-2"));
    } finally {
      if (stream != null) {
        stream.close();
      }
      for (String service : SCALED) {
        if (StackProcesses.alive(service + "-2")) {
          StackProcesses.kill9(service + "-2");
        }
      }
      figures.put("whole test", (System.currentTimeMillis() - testStart) / 1000 + " s");
      System.out.println("[scale-out report]");
      figures.forEach((k, v) -> System.out.println(k + ": " + v));
    }
  }

  /**
   * Waits until the service's group has exactly {@code members} members and they own every
   * partition between them, each at least one (so each instance really takes a share).
   */
  private void awaitMembers(Admin admin, String service, int members) throws Exception {
    String group = GROUP.get(service);
    await(group + " has " + members + " member(s) sharing all 6 partitions")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () -> {
              ConsumerGroupDescription d =
                  admin.describeConsumerGroups(List.of(group)).all().get().get(group);
              List<Set<Integer>> shares = d.members().stream().map(ScaleOutIT::partitions).toList();
              Set<Integer> union = new TreeSet<>();
              shares.forEach(union::addAll);
              return shares.size() == members
                  && shares.stream().noneMatch(Set::isEmpty)
                  && union.equals(Set.of(0, 1, 2, 3, 4, 5));
            });
    ConsumerGroupDescription d =
        admin.describeConsumerGroups(List.of(group)).all().get().get(group);
    figures.put(
        group + " with " + members + " instance(s)",
        d.members().stream()
            .map(m -> m.clientId() + " " + partitions(m))
            .collect(Collectors.joining(", ")));
    assertEquals(members, d.members().size());
  }

  private static Set<Integer> partitions(MemberDescription member) {
    return member.assignment().topicPartitions().stream()
        .map(tp -> tp.partition())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
