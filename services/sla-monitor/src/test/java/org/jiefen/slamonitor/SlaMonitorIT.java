package org.jiefen.slamonitor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.jiefen.slamonitor.domain.Deadline;
import org.jiefen.slamonitor.repository.DeadlineRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loads the project's real seed policies and 2026 notice through the API, then opens clocks. */
@QuarkusTest
class SlaMonitorIT {

  static final Path SEEDS = Path.of("../../seeds");
  static final String OUT = "test.sla-monitor.deadline.events";

  @Inject DeadlineRepository deadlines;
  @Inject ObjectMapper mapper;

  /** Every test starts on the system clock, whatever an earlier one advanced. */
  static void resetClock() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .post("/api/v1/admin/clock/reset")
        .then()
        .statusCode(200);
  }

  @BeforeEach
  void start() throws Exception {
    resetClock();
    loadSeeds();
  }

  void loadSeeds() throws Exception {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(Files.readString(SEEDS.resolve("calendar/2026.json")))
        .put("/api/v1/sla/calendar/2026")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(Files.readString(SEEDS.resolve("sla-policies.json")))
        .put("/api/v1/sla/policies")
        .then()
        .statusCode(200)
        .body("received", equalTo(10));
  }

  static String routed(String eventId, String disputeId, String at, String category) {
    return """
        {"eventId":"%s","type":"dispute.routed.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"routing"},"centerCode":"longhua.minzhi.minle",
         "centerLevel":"COMMUNITY","category":"%s","mediationType":"PEOPLES","flags":[],
         "trace":{"rule":"community-of-location","inputs":{},"alternatives":[]}}
        """
        .formatted(eventId, at, disputeId, category);
  }

  static String assigned(String eventId, String disputeId, String at) {
    return """
        {"eventId":"%s","type":"dispute.assigned.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"mediator-pool"},"centerCode":"longhua.minzhi.minle",
         "mediatorCode":"M1","mediatorName":"王","mediatorUsername":"grid.minle",
         "trace":{"rule":"least-load","candidates":[]}}
        """
        .formatted(eventId, at, disputeId);
  }

  static String mediationEvent(String type, String eventId, String disputeId, String at) {
    return """
        {"eventId":"%s","type":"%s","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"USER","username":"grid.minle"},"centerCode":"longhua.minzhi.minle",
         "mediatorCode":"M1","assignmentId":1,"contactedAt":"%s"}
        """
        .formatted(eventId, type, at, disputeId, at);
  }

  /** The dispute's records of one type (flags of past-due test clocks may come in between). */
  static List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> ofType(
      String disputeId, String type, int count) {
    return KafkaTestSupport.read(
        OUT,
        r -> disputeId.equals(r.key()) && type.equals(KafkaTestSupport.header(r, "event-type")),
        l -> l.size() >= count,
        Duration.ofSeconds(30));
  }

  private List<Deadline> of(String disputeId) {
    return QuarkusTransaction.requiringNew().call(() -> deadlines.ofDispute(disputeId));
  }

  @Test
  void aRoutingOnTheEveOfNationalDayIsDueOnTheFirstWorkingDayAfterIt() throws Exception {
    String disputeId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    // 10:00 Beijing time on Wed 30 Sep 2026; NEIGHBOR so only the unconditional clock opens
    KafkaTestSupport.sendEvent(
        "test.routing.dispute.events",
        disputeId,
        eventId,
        "dispute.routed.v1",
        routed(eventId, disputeId, "2026-09-30T02:00:00Z", "NEIGHBOR"));

    var records = ofType(disputeId, "deadline.opened.v1", 1);
    assertEquals(1, records.size());
    var event = mapper.readTree(records.get(0).value());
    assertEquals(List.of(), EventSchemas.violations("deadline.opened.v1", event));
    assertEquals("CENTER_ACK", event.path("clock").asText());
    assertEquals("2026-10-08T15:59:59Z", event.path("dueAt").asText());
    List<Deadline> stored = of(disputeId);
    assertEquals(1, stored.size());
    assertEquals(LocalDate.parse("2026-10-08"), stored.get(0).dueDate());
    assertFalse(stored.get(0).provisional());
  }

  @Test
  void aLabourDisputeAlsoStartsTheFifteenDayLabourClock() {
    String disputeId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.routing.dispute.events",
        disputeId,
        eventId,
        "dispute.routed.v1",
        routed(eventId, disputeId, "2026-09-21T02:00:00Z", "LABOR"));
    KafkaTestSupport.readKey(OUT, disputeId, 2, Duration.ofSeconds(30));
    Map<String, LocalDate> due =
        of(disputeId).stream()
            .collect(java.util.stream.Collectors.toMap(Deadline::clock, Deadline::dueDate));
    assertEquals(
        Map.of(
            "CENTER_ACK",
            LocalDate.parse("2026-09-22"),
            "LABOR_MEDIATION",
            LocalDate.parse("2026-10-08")),
        due);
  }

  @Test
  void anAssignmentStartsTheThreeWorkingDayAcceptanceClockAndRedeliveryOpensNothingMore() {
    String disputeId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    String event = assigned(eventId, disputeId, "2026-09-30T02:00:00Z");
    KafkaTestSupport.sendEvent(
        "test.mediator-pool.mediation.events", disputeId, eventId, "dispute.assigned.v1", event);
    KafkaTestSupport.sendEvent(
        "test.mediator-pool.mediation.events", disputeId, eventId, "dispute.assigned.v1", event);
    String marker = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.mediator-pool.mediation.events",
        disputeId,
        marker,
        "dispute.assigned.v1",
        assigned(marker, disputeId, "2026-11-23T02:00:00Z"));

    // PEOPLES_MEDIATION (1 month, a DISPUTE clock) starts once; MEDIATOR_ACCEPT (a STAGE clock)
    // once per assignment, the newer one closing the older
    ofType(disputeId, "deadline.opened.v1", 3);
    List<Deadline> stored = of(disputeId);
    assertEquals(3, stored.size());
    assertEquals(
        LocalDate.parse("2026-10-10"),
        stored.stream()
            .filter(d -> d.clock().equals("MEDIATOR_ACCEPT"))
            .map(Deadline::dueDate)
            .min(LocalDate::compareTo)
            .orElseThrow());
  }

  @Test
  void poisonRecordsGoToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
    String disputeId = UUID.randomUUID().toString();
    KafkaTestSupport.send("test.routing.dispute.events", disputeId, "garbage", Map.of());
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.routing.dispute.events",
        disputeId,
        eventId,
        "dispute.routed.v1",
        routed(eventId, disputeId, "2026-11-23T02:00:00Z", "FAMILY"));
    var dead =
        KafkaTestSupport.readKey("test.sla-monitor.dlq", disputeId, 1, Duration.ofSeconds(30));
    assertEquals(1, dead.size());
    assertEquals(
        true, KafkaTestSupport.header(dead.get(0), "dead-letter-reason").contains("not JSON"));
    assertEquals(1, ofType(disputeId, "deadline.opened.v1", 1).size());
  }

  @Test
  void deadlinesAreScopedAndBadCalendarsAreRejectedFieldByField() {
    String disputeId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.routing.dispute.events",
        disputeId,
        eventId,
        "dispute.routed.v1",
        routed(eventId, disputeId, "2026-11-23T02:00:00Z", "FAMILY"));
    KafkaTestSupport.readKey(OUT, disputeId, 1, Duration.ofSeconds(30));

    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .get("/api/v1/sla/deadlines?disputeId=" + disputeId)
        .then()
        .statusCode(200)
        .body("clock", hasItem("CENTER_ACK"));
    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .get("/api/v1/sla/deadlines?disputeId=" + disputeId)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get("/api/v1/sla/deadlines?disputeId=" + disputeId).then().statusCode(401);

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            "{\"year\":2026,\"notice\":\"x\",\"holidays\":[\"2025-10-01\",\"2026-10-10\"],\"makeupWorkdays\":[\"2026-10-10\"]}")
        .put("/api/v1/sla/calendar/2027")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("year"))
        .body("errors.field", hasItem("holidays[0]"))
        .body("errors.field", hasItem("makeupWorkdays"));
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body("{\"year\":2027,\"notice\":\"x\",\"holidays\":[],\"makeupWorkdays\":[]}")
        .put("/api/v1/sla/calendar/2027")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/sla/calendar/2027")
        .then()
        .statusCode(404);
  }

  @Test
  void acknowledgementStopsTheCenterClockAsMet() throws Exception {
    String disputeId = UUID.randomUUID().toString();
    String routedId = UUID.randomUUID().toString();
    String at = java.time.Instant.now().minusSeconds(60).toString();
    KafkaTestSupport.sendEvent(
        "test.routing.dispute.events",
        disputeId,
        routedId,
        "dispute.routed.v1",
        routed(routedId, disputeId, at, "FAMILY"));
    String ackId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.routing.dispute.events",
        disputeId,
        ackId,
        "dispute.acknowledged.v1",
        """
        {"eventId":"%s","type":"dispute.acknowledged.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"USER","subject":"s","username":"staff.minle","orgUnit":"longhua.minzhi.minle"},
         "centerCode":"longhua.minzhi.minle"}
        """
            .formatted(ackId, java.time.Instant.now().toString(), disputeId));
    var records = ofType(disputeId, "deadline.closed.v1", 1);
    var closed = mapper.readTree(records.get(0).value());
    assertEquals("deadline.closed.v1", closed.path("type").asText());
    assertEquals(List.of(), EventSchemas.violations("deadline.closed.v1", closed));
    assertEquals(true, closed.path("met").asBoolean());
    assertEquals("MET", of(disputeId).get(0).state());
  }

  @Test
  void acceptingStopsTheAcceptanceClockAndStartsTheContactClockWhichTheFirstContactStops() {
    String disputeId = UUID.randomUUID().toString();
    String topic = "test.mediator-pool.mediation.events";
    String assignedId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        topic,
        disputeId,
        assignedId,
        "dispute.assigned.v1",
        assigned(assignedId, disputeId, "2026-11-23T02:00:00Z"));
    String accepted = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        topic,
        disputeId,
        accepted,
        "mediation.accepted.v1",
        mediationEvent("mediation.accepted.v1", accepted, disputeId, "2026-11-24T02:00:00Z"));
    String contacted = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        topic,
        disputeId,
        contacted,
        "mediation.contacted.v1",
        mediationEvent("mediation.contacted.v1", contacted, disputeId, "2026-11-25T02:00:00Z"));

    // closed: the acceptance clock by the acceptance, the contact clock by the first contact
    ofType(disputeId, "deadline.closed.v1", 2);
    Map<String, String> states =
        of(disputeId).stream()
            .collect(java.util.stream.Collectors.toMap(Deadline::clock, Deadline::state));
    assertEquals(
        Map.of("MEDIATOR_ACCEPT", "MET", "MEDIATOR_CONTACT", "MET", "PEOPLES_MEDIATION", "OPEN"),
        states);
  }
}
