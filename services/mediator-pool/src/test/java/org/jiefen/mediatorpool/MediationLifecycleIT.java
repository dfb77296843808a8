package org.jiefen.mediatorpool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.AssignmentStatus;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A dispute's life in the pool, against the real MariaDB and Kafka: declined and reassigned,
 * accepted, contacted, paused, extended with consent, settled with its agreement issued as a PDF;
 * conflicts of interest, nobody fitting, an expired acceptance clock, and two staff racing. Each
 * test has a center of its own, so loads never leak between tests.
 */
@QuarkusTest
class MediationLifecycleIT {

  static final String OUT = MediatorPoolIT.OUT;
  static final Duration WAIT = Duration.ofSeconds(30);

  @Inject AssignmentRepository assignments;
  @Inject ObjectMapper mapper;

  /** A fresh community with three mediators: a, b (a LABOR specialist) and c. */
  record Center(String code, String a, String b, String c) {
    String staff() {
      return TestTokens.user("staff." + code, code, "center-staff");
    }

    String mediator(String who) {
      return TestTokens.user(who, code, "mediator");
    }
  }

  static Center newCenter() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Center c =
        new Center("longhua.guanhu.t" + suffix, "ma-" + suffix, "mb-" + suffix, "mc-" + suffix);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(
            """
            [{"code":"%2$s","username":"%2$s","name":"甲调解员%2$s","kind":"PROFESSIONAL",
              "centerCode":"%1$s","specialties":[],"capacity":10,"active":true},
             {"code":"%3$s","username":"%3$s","name":"乙调解员%3$s","kind":"PROFESSIONAL",
              "centerCode":"%1$s","specialties":["LABOR"],"capacity":10,"active":true},
             {"code":"%4$s","username":"%4$s","name":"丙调解员%4$s","kind":"GRID",
              "centerCode":"%1$s","specialties":[],"capacity":10,"active":true}]
            """
                .formatted(c.code(), c.a(), c.b(), c.c()))
        .put("/api/v1/mediators")
        .then()
        .statusCode(200);
    return c;
  }

  static String route(Center c, String category, String respondentOrg) {
    String disputeId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        MediatorPoolIT.IN,
        disputeId,
        eventId,
        "dispute.routed.v1",
        """
        {"eventId":"%s","type":"dispute.routed.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"routing"},"centerCode":"%s","centerLevel":"COMMUNITY",
         "category":"%s","mediationType":"PEOPLES","flags":[],
         "trace":{"rule":"community-of-location","inputs":{},"alternatives":[]},
         "parties":[{"role":"APPLICANT","name":"张三"},
                    {"role":"RESPONDENT","name":"%s","organization":"%s"}]}
        """
            .formatted(
                eventId,
                Instant.now(),
                disputeId,
                c.code(),
                category,
                respondentOrg,
                respondentOrg));
    return disputeId;
  }

  private List<JsonNode> published(String disputeId, String type, int count) throws Exception {
    return published(disputeId, type, count, WAIT);
  }

  /** The events of a type for the dispute, waiting until {@code count} arrived or time is up. */
  private List<JsonNode> published(String disputeId, String type, int count, Duration wait)
      throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (ConsumerRecord<String, String> r :
        KafkaTestSupport.read(
            OUT,
            r -> disputeId.equals(r.key()) && type.equals(KafkaTestSupport.header(r, "event-type")),
            l -> l.size() >= count,
            wait)) {
      JsonNode e = mapper.readTree(r.value());
      assertEquals(List.of(), EventSchemas.violations(type, e), type);
      events.add(e);
    }
    return events;
  }

  private List<Assignment> rowsOf(String disputeId) {
    return QuarkusTransaction.requiringNew().call(() -> assignments.forDispute(disputeId));
  }

  private void awaitAssignedTo(String disputeId, String mediatorCode) {
    await()
        .atMost(WAIT)
        .until(
            () -> {
              List<Assignment> rows = rowsOf(disputeId);
              return !rows.isEmpty()
                  && rows.get(rows.size() - 1).status() == AssignmentStatus.ASSIGNED
                  && mediatorCode.equals(rows.get(rows.size() - 1).mediatorCode());
            });
  }

  private static Response post(String token, String disputeId, String path, String body) {
    var request = given().auth().oauth2(token).contentType("application/json");
    if (body != null) {
      request.body(body);
    }
    return request.post("/api/v1/disputes/" + disputeId + path);
  }

  static String settlement(String respondent) {
    Instant signed = Instant.now().minusSeconds(60);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    return """
        {"result":"SETTLED","requestConfirmation":true,
         "agreement":{"facts":"被申请人拖欠申请人2026年8月至10月工资共计12000元。",
           "terms":"一、被申请人于2026年12月31日前一次性支付申请人工资12000元。\\n二、双方就本纠纷再无其他争议。",
           "effectiveOn":"%s","performanceDeadline":"%s",
           "signatures":[{"party":"张三","signedAt":"%s","channel":"IN_PERSON"},
                         {"party":"%s","signedAt":"%s","channel":"MOBILE"}]}}
        """
        .formatted(today, today.plusDays(30), signed, respondent, signed);
  }

  @Test
  void declinedThenReassignedAcceptedLoggedPausedExtendedAndSettledWithItsPdf() throws Exception {
    Center c = newCenter();
    String respondent = "深圳市某某物流有限公司";
    String id = route(c, "LABOR", respondent);
    awaitAssignedTo(id, c.b()); // the LABOR specialist at equal load

    post(c.mediator(c.a()), id, "/assignment/accept", null).then().statusCode(403);
    post(c.mediator(c.b()), id, "/assignment/decline", "{\"reason\":\"\"}").then().statusCode(400);
    post(c.mediator(c.b()), id, "/assignment/decline", "{\"reason\":\"近期出差，无法接案\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"));
    awaitAssignedTo(id, c.a());
    JsonNode declined = published(id, "mediation.declined.v1", 1).get(0);
    assertEquals("近期出差，无法接案", declined.path("reason").asText());
    JsonNode reassigned = published(id, "dispute.assigned.v1", 2).get(1);
    assertEquals(c.a(), reassigned.path("mediatorCode").asText());
    assertTrue(reassigned.path("reason").asText().contains("declined"));
    assertTrue(
        reassigned.path("trace").path("candidates").toString().contains("declined this dispute"));

    post(c.mediator(c.a()), id, "/assignment/accept", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    post(c.mediator(c.a()), id, "/assignment/accept", null).then().statusCode(409);
    assertEquals(1, published(id, "mediation.accepted.v1", 1).size());

    String session =
        """
        {"kind":"CONTACT","mode":"PHONE","heldAt":"%s","withOtherParty":%s,
         "participants":["%s"],"notes":"电话联系"}
        """;
    post(c.mediator(c.a()), id, "/sessions", session.formatted(Instant.now(), false, "张三"))
        .then()
        .statusCode(201);
    post(c.mediator(c.a()), id, "/sessions", session.formatted(Instant.now(), true, respondent))
        .then()
        .statusCode(201);
    post(c.mediator(c.a()), id, "/sessions", session.formatted(Instant.now(), true, respondent))
        .then()
        .statusCode(201);
    assertEquals(3, published(id, "mediation.logged.v1", 3).size());
    assertEquals(
        1,
        published(id, "mediation.contacted.v1", 2, Duration.ofSeconds(5)).size(),
        "first contact only once");
    given()
        .auth()
        .oauth2(c.staff())
        .get("/api/v1/disputes/" + id + "/sessions")
        .then()
        .statusCode(200)
        .body("size()", equalTo(3));

    post(c.mediator(c.a()), id, "/pause", "{\"kind\":\"EXPERT_APPRAISAL\",\"reason\":\"等待工伤鉴定\"}")
        .then()
        .statusCode(200)
        .body("pausedSince", notNullValue());
    post(c.mediator(c.a()), id, "/outcome", settlement(respondent))
        .then()
        .statusCode(409)
        .body("detail", containsString("paused"));
    post(c.mediator(c.a()), id, "/resume", null).then().statusCode(200);
    assertEquals(
        "EXPERT_APPRAISAL", published(id, "mediation.paused.v1", 1).get(0).path("kind").asText());
    assertEquals(1, published(id, "mediation.resumed.v1", 1).size());

    String consent = "{\"party\":\"%s\",\"consentedAt\":\"%s\",\"channel\":\"IN_PERSON\"}";
    post(
            c.mediator(c.a()),
            id,
            "/extensions",
            "{\"days\":15,\"reason\":\"双方同意延长\",\"consents\":[%s]}"
                .formatted(consent.formatted("张三", Instant.now())))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("consents"))
        .body("errors.message", hasItem(containsString(respondent)));
    post(
            c.mediator(c.a()),
            id,
            "/extensions",
            "{\"days\":15,\"reason\":\"双方同意延长\",\"consents\":[%s,%s]}"
                .formatted(
                    consent.formatted("张三", Instant.now()),
                    consent.formatted(respondent, Instant.now())))
        .then()
        .statusCode(200);
    assertEquals(15, published(id, "mediation.extended.v1", 1).get(0).path("days").asInt());

    post(c.mediator(c.a()), id, "/outcome", settlement(respondent))
        .then()
        .statusCode(200)
        .body("status", equalTo("SETTLED"));
    JsonNode concluded = published(id, "mediation.concluded.v1", 1).get(0);
    JsonNode document = concluded.path("agreement").path("document");
    JsonNode issued = published(id, "agreement.issued.v1", 1).get(0);
    assertEquals(document.path("sha256").asText(), issued.path("sha256").asText());
    assertEquals(
        document.path("sha256").asText(),
        org.jiefen.mediatorpool.document.AgreementPdf.sha256(
            java.util.Base64.getDecoder().decode(issued.path("contentBase64").asText())));
    assertEquals(2, issued.path("parties").size());
    assertEquals("/api/v1/disputes/" + id + "/agreement.pdf", document.path("path").asText());

    Response pdf =
        given().auth().oauth2(c.staff()).get("/api/v1/disputes/" + id + "/agreement.pdf");
    pdf.then().statusCode(200).contentType("application/pdf");
    byte[] bytes = pdf.asByteArray();
    assertEquals(document.path("sha256").asText(), pdf.header("X-Content-SHA256"));
    assertEquals(
        document.path("sha256").asText(),
        org.jiefen.mediatorpool.document.AgreementPdf.sha256(bytes));
    try (var doc = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertTrue(text.contains("张三"), text);
      assertTrue(text.contains(respondent), text);
      assertTrue(text.contains("甲调解员"), text);
    }
    String sibling = TestTokens.user("staff.sibling", "longhua.guanhu.xintian", "center-staff");
    given()
        .auth()
        .oauth2(sibling)
        .get("/api/v1/disputes/" + id + "/agreement.pdf")
        .then()
        .statusCode(404);

    post(
            c.staff(),
            id,
            "/follow-up",
            "{\"result\":\"PERFORMED\",\"checkedOn\":\"%s\",\"notes\":\"已全额支付\"}"
                .formatted(LocalDate.now(ZoneId.of("Asia/Shanghai"))))
        .then()
        .statusCode(200)
        .body("result", equalTo("PERFORMED"));
    assertEquals(1, published(id, "mediation.followedup.v1", 1).size());
  }

  @Test
  void aMediatorWithADeclaredAffiliationToTheRespondentIsNeverPicked() {
    Center c = newCenter();
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body("[{\"kind\":\"AFFILIATION\",\"subject\":\"某某（深圳）物业管理有限公司\"}]")
        .put("/api/v1/mediators/" + c.b() + "/disclosures")
        .then()
        .statusCode(200);
    // full-width brackets in the disclosure, half-width in the report: the same company
    String id = route(c, "LABOR", "某某(深圳)物业管理有限公司");
    awaitAssignedTo(id, c.a());
    Assignment row = rowsOf(id).get(0);
    assertTrue(row.trace().contains("conflict of interest"), row.trace());
  }

  @Test
  void whenNobodyFitsTheDisputeWaitsUnassignedWithAReasonStaffCanSee() throws Exception {
    Center c = newCenter();
    for (String code : List.of(c.a(), c.b(), c.c())) {
      given()
          .auth()
          .oauth2(TestTokens.admin())
          .contentType("application/json")
          .body("{\"reason\":\"调离\"}")
          .post("/api/v1/mediators/" + code + "/retire")
          .then()
          .statusCode(200);
    }
    String id = route(c, "FAMILY", "李四");
    JsonNode unassigned = published(id, "dispute.unassigned.v1", 1).get(0);
    assertTrue(unassigned.path("reason").asText().contains("none of the 3 mediators"));
    given()
        .auth()
        .oauth2(c.staff())
        .get("/api/v1/assignments?status=UNASSIGNED")
        .then()
        .statusCode(200)
        .body("disputeId", hasItem(id));
    given()
        .auth()
        .oauth2(TestTokens.user("staff.sibling", "longhua.guanhu.xintian", "center-staff"))
        .get("/api/v1/assignments?status=UNASSIGNED")
        .then()
        .statusCode(200)
        .body("disputeId", org.hamcrest.Matchers.not(hasItem(id)));
  }

  @Test
  void anExpiredAcceptanceClockReassignsOnceAndAStaleFlagChangesNothing() throws Exception {
    Center c = newCenter();
    String id = route(c, "LABOR", "王五");
    awaitAssignedTo(id, c.b());
    String assignedEvent = published(id, "dispute.assigned.v1", 1).get(0).path("eventId").asText();
    String overdueId = UUID.randomUUID().toString();
    String overdue =
        """
        {"eventId":"%s","type":"sla.overdue.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"sla-monitor"},"centerCode":"%s",
         "deadlineId":"%s","clock":"MEDIATOR_ACCEPT","dueAt":"%s","deadlineVersion":1,
         "startEventId":"%s","consequence":"reassign"}
        """
            .formatted(
                overdueId,
                Instant.now(),
                id,
                c.code(),
                UUID.randomUUID(),
                Instant.now(),
                assignedEvent);
    KafkaTestSupport.sendEvent(
        "test.sla-monitor.deadline.events", id, overdueId, "sla.overdue.v1", overdue);
    // the same flag delivered twice
    KafkaTestSupport.sendEvent(
        "test.sla-monitor.deadline.events", id, overdueId, "sla.overdue.v1", overdue);
    awaitAssignedTo(id, c.a());
    JsonNode expired = published(id, "mediation.declined.v1", 1).get(0);
    assertTrue(expired.path("expired").asBoolean());

    // a second flag for the first assignment (a new event id, same start) finds it moved on
    String late = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.sla-monitor.deadline.events",
        id,
        late,
        "sla.overdue.v1",
        overdue.replace(overdueId, late));
    await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true);
    List<Assignment> rows = rowsOf(id);
    assertEquals(
        List.of(AssignmentStatus.EXPIRED, AssignmentStatus.ASSIGNED),
        rows.stream().map(Assignment::status).toList());
  }

  private static String overdue(String disputeId, Center c, String clock, String consequence) {
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        "test.sla-monitor.deadline.events",
        disputeId,
        eventId,
        "sla.overdue.v1",
        """
        {"eventId":"%s","type":"sla.overdue.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"SYSTEM","subject":"sla-monitor"},"centerCode":"%s",
         "deadlineId":"%s","clock":"%s","dueAt":"%s","deadlineVersion":1,
         "startEventId":"%s","consequence":"%s"}
        """
            .formatted(
                eventId,
                Instant.now(),
                disputeId,
                c.code(),
                UUID.randomUUID(),
                clock,
                Instant.now(),
                UUID.randomUUID(),
                consequence));
    return eventId;
  }

  @Test
  void aCourtDelegatedPeriodRunningOutEndsTheMediationAndSendsTheCaseBackToTheCourt()
      throws Exception {
    Center c = newCenter();
    String id = route(c, "LABOR", "某某科技公司");
    awaitAssignedTo(id, c.b());
    post(c.mediator(c.b()), id, "/assignment/accept", null).then().statusCode(200);
    // a flag-only clock changes nothing
    overdue(id, c, "PEOPLES_MEDIATION", "FLAG");
    overdue(id, c, "COURT_DELEGATED", "RETURN_TO_COURT");
    JsonNode concluded = published(id, "mediation.concluded.v1", 1).get(0);
    assertEquals("FAILED", concluded.path("outcome").asText());
    assertEquals("LITIGATION", concluded.path("suggestion").asText());
    assertEquals("SYSTEM", concluded.path("actor").path("kind").asText());
    assertEquals(c.b(), concluded.path("mediatorCode").asText());
    assertTrue(concluded.path("reason").asText().contains("第二十六条"));
    assertEquals(AssignmentStatus.FAILED, rowsOf(id).get(0).status());

    // the flag again (a redelivery under a new id): already ended, nothing more is announced
    overdue(id, c, "COURT_DELEGATED", "RETURN_TO_COURT");
    assertEquals(1, published(id, "mediation.concluded.v1", 2, Duration.ofSeconds(5)).size());
    assertEquals(1, rowsOf(id).size());
  }

  @Test
  void aCourtDelegatedCaseNobodyTookGoesBackToTheCourtToo() throws Exception {
    Center c = newCenter();
    String id = route(c, "LABOR", "某某科技公司");
    awaitAssignedTo(id, c.b());
    post(c.mediator(c.b()), id, "/assignment/decline", "{\"reason\":\"回避\"}")
        .then()
        .statusCode(200);
    awaitAssignedTo(id, c.a());
    post(c.mediator(c.a()), id, "/assignment/decline", "{\"reason\":\"回避\"}")
        .then()
        .statusCode(200);
    await()
        .atMost(WAIT)
        .until(
            () -> {
              List<Assignment> rows = rowsOf(id);
              return rows.get(rows.size() - 1).status() == AssignmentStatus.UNASSIGNED
                  || rows.size() >= 3;
            });
    overdue(id, c, "COURT_DELEGATED", "RETURN_TO_COURT");
    JsonNode concluded = published(id, "mediation.concluded.v1", 1).get(0);
    assertEquals("FAILED", concluded.path("outcome").asText());
    List<Assignment> rows = rowsOf(id);
    assertEquals(AssignmentStatus.FAILED, rows.get(rows.size() - 1).status());
  }

  @Test
  void twoStaffReassigningAtOnceExactlyOneWinsTheOtherGets409() throws Exception {
    Center c = newCenter();
    String id = route(c, "LABOR", "赵六");
    awaitAssignedTo(id, c.b());
    String etag =
        given()
            .auth()
            .oauth2(c.staff())
            .get("/api/v1/disputes/" + id + "/assignment")
            .header("ETag");

    given()
        .auth()
        .oauth2(c.staff())
        .contentType("application/json")
        .body("{\"mediatorId\":\"" + c.c() + "\"}")
        .post("/api/v1/disputes/" + id + "/assignment")
        .then()
        .statusCode(428)
        .body("errors.field", hasItem("If-Match"));

    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Integer>> racers = new ArrayList<>();
    for (String target : List.of(c.a(), c.c())) {
      racers.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                return given()
                    .auth()
                    .oauth2(c.staff())
                    .contentType("application/json")
                    .header("If-Match", etag)
                    .body("{\"mediatorId\":\"" + target + "\",\"reason\":\"调整分工\"}")
                    .post("/api/v1/disputes/" + id + "/assignment")
                    .statusCode();
              }));
    }
    List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();
    assertEquals(List.of(201, 409), statuses);
    List<Assignment> rows = rowsOf(id);
    assertEquals(2, rows.size(), "exactly one reassignment");
    assertEquals(AssignmentStatus.REASSIGNED, rows.get(0).status());
    assertEquals("staff-reassignment", mapper.readTree(rows.get(1).trace()).path("rule").asText());
  }
}
