package org.jiefen.slamonitor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The monitor killed between writing flags and committing them (a hard halt, as kill -9 or a power
 * cut would do it) and started again: every overdue clock is flagged, none twice — in the flag
 * table and on the topic. The built service runs as its own process, on its own database and
 * topics, so the process really dies; the fault switch (jiefen.sla.fault.halt-before-commit) is
 * what makes the moment of death certain.
 */
class SlaRestartIT {

  static final String DB = "jiefen_sla_test_restart";
  static final String JDBC = "jdbc:mariadb://127.0.0.1:3306/";
  static final int DISPUTES = 40;
  static final ObjectMapper JSON = new ObjectMapper();

  private final String prefix = "restart-" + UUID.randomUUID().toString().substring(0, 8) + ".";
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stop() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  void aMonitorKilledBetweenFlagAndCommitLosesNoFlagAndRaisesNoneTwice() throws Exception {
    recreateDatabase();
    int port = freePort();
    Process first = launch(port, true, "restart-first.log");
    awaitReady(port, first);
    loadPolicies(port);
    Instant longAgo = Instant.now().minus(Duration.ofDays(20));
    Set<String> disputes = new HashSet<>();
    for (int i = 0; i < DISPUTES; i++) {
      String disputeId = UUID.randomUUID().toString();
      String eventId = UUID.randomUUID().toString();
      disputes.add(disputeId);
      KafkaTestSupport.sendEvent(
          prefix + "routing.dispute.events",
          disputeId,
          eventId,
          "dispute.routed.v1",
          SlaMonitorIT.routed(eventId, disputeId, longAgo.toString(), "LABOR"));
    }
    assertTrue(first.waitFor(90, TimeUnit.SECONDS), "the armed monitor halts at its first batch");
    assertEquals(86, first.exitValue(), "halted by the fault, not by anything else");
    int flaggedByTheDead = count("select count(*) from sla_flag");
    assertEquals(0, flaggedByTheDead, "what the dead process wrote was never committed");

    Process second = launch(port, false, "restart-second.log");
    awaitReady(port, second);
    // every routed dispute opens CENTER_ACK and LABOR_MEDIATION, both overdue 20 days later
    int expected = 2 * DISPUTES;
    awaitCount("select count(*) from sla_flag where kind = 'OVERDUE'", expected);

    Map<String, Set<String>> eventIdsByDeadline = new HashMap<>();
    for (ConsumerRecord<String, String> r : overdueEvents(disputes, expected)) {
      JsonNode e = JSON.readTree(r.value());
      eventIdsByDeadline
          .computeIfAbsent(e.path("deadlineId").asText(), k -> new HashSet<>())
          .add(e.path("eventId").asText());
    }
    assertEquals(expected, eventIdsByDeadline.size(), "every overdue clock has its event");
    eventIdsByDeadline.forEach(
        (deadline, ids) -> assertEquals(1, ids.size(), "one flag for clock " + deadline));
    assertEquals(
        expected,
        count(
            "select count(*) from deadline where state = 'OVERDUE' and next_flag is null"
                + " and clock in ('CENTER_ACK','LABOR_MEDIATION')"));
    // a little later, still nothing more: the restarted scanner does not raise them again
    Thread.sleep(3000);
    assertEquals(expected, count("select count(*) from sla_flag"));
  }

  private List<ConsumerRecord<String, String>> overdueEvents(Set<String> disputes, int expected) {
    return KafkaTestSupport.read(
        prefix + "sla-monitor.deadline.events",
        r ->
            disputes.contains(r.key())
                && "sla.overdue.v1".equals(KafkaTestSupport.header(r, "event-type")),
        l -> l.size() >= expected,
        Duration.ofSeconds(60));
  }

  private Process launch(int port, boolean armed, String logName) throws IOException {
    Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    assertTrue(Files.exists(jar), "the packaged service: " + jar);
    String publicKey =
        new String(
                SlaRestartIT.class
                    .getResourceAsStream("/jiefen-test-public-key.pem")
                    .readAllBytes())
            .replaceAll("-----[A-Z ]+-----", "")
            .replaceAll("\\s", "");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        List.of(
            java,
            "-Xmx256m",
            // a profile of its own: none of the packaged %prod or %test settings apply
            "-Dquarkus.profile=restart",
            "-Dquarkus.http.port=" + port,
            "-Dquarkus.datasource.jdbc.url=" + JDBC + DB,
            "-Dquarkus.oidc.public-key=" + publicKey,
            "-Dquarkus.oidc.token.issuer=" + TestTokens.ISSUER,
            "-Djiefen.topics.prefix=" + prefix,
            "-Djiefen.sla.own-all-partitions=true",
            // small batches, raised two at a time: the crash and the recovery cross batches
            "-Djiefen.sla.scan.batch=7",
            "-Djiefen.sla.scan.parallel=2",
            "-Djiefen.sla.clock.adjustable=true",
            "-Djiefen.sla.fault.halt-before-commit=" + armed,
            "-Djiefen.outbox.poll-interval=1s",
            "-jar",
            jar.toString());
    File log = Path.of("target", logName).toFile();
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log))
            .start();
    started.add(p);
    return p;
  }

  private static void awaitReady(int port, Process p) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant until = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(until)) {
      if (!p.isAlive()) {
        throw new IllegalStateException("the monitor exited with " + p.exitValue());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the monitor did not become ready on " + port);
  }

  private static void loadPolicies(int port) throws IOException {
    given()
        .baseUri("http://127.0.0.1")
        .port(port)
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(Files.readString(SlaMonitorIT.SEEDS.resolve("sla-policies.json")))
        .put("/api/v1/sla/policies")
        .then()
        .statusCode(200);
  }

  private static void recreateDatabase() throws SQLException {
    try (Connection c = DriverManager.getConnection(JDBC, "sla", "sla-local");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + DB);
      s.execute("create database " + DB + " character set utf8mb4 collate utf8mb4_unicode_ci");
    }
  }

  private static int count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(JDBC + DB, "sla", "sla-local");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }

  private static void awaitCount(String sql, int expected) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(90));
    int seen = -1;
    while (Instant.now().isBefore(until)) {
      seen = count(sql);
      if (seen >= expected) {
        break;
      }
      Thread.sleep(500);
    }
    assertEquals(expected, seen, sql);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
