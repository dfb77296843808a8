package org.jiefen.judicialconfirmation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jiefen.judicialconfirmation.repository.ApplicationRepository;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The court's API against the real MariaDB and Kafka, with the court's own tokens. */
@QuarkusTest
class CourtApiIT {

  static final String IN = JudicialConfirmationIT.IN;
  static final String OUT = JudicialConfirmationIT.OUT;
  static final String COURT = TestTokens.court("court-longhua");
  static final String OTHER_COURT = TestTokens.court("court-baoan");

  @Inject ApplicationRepository applications;
  @Inject ObjectMapper mapper;

  /** For another test class: this one's filing helper with that class's beans. */
  CourtApiIT withMapper(ObjectMapper mapper) {
    this.mapper = mapper;
    this.applications = io.quarkus.arc.Arc.container().instance(ApplicationRepository.class).get();
    return this;
  }

  record Filed(String disputeId, String applicationId, byte[] pdf) {}

  static byte[] pdf() {
    return ("%PDF-1.7\n% 调解协议书 " + UUID.randomUUID() + "\n%%EOF").getBytes();
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static String issued(String eventId, String disputeId, byte[] pdf, String sha) {
    return """
        {"eventId":"%s","type":"agreement.issued.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"USER","username":"grid.minle"},"centerCode":"longhua.minzhi.minle",
         "documentId":"%s","sha256":"%s","mediaType":"application/pdf","contentBase64":"%s",
         "organisation":{"code":"ORG-MINLE","name":"民治街道民乐社区人民调解委员会"},
         "parties":[{"role":"APPLICANT","name":"张三"},{"role":"RESPONDENT","name":"某某物流有限公司"}]}
        """
        .formatted(
            eventId,
            Instant.now(),
            disputeId,
            UUID.randomUUID(),
            sha,
            Base64.getEncoder().encodeToString(pdf));
  }

  static String concluded(String eventId, String disputeId, LocalDate effectiveOn, Instant at) {
    return """
        {"eventId":"%s","type":"mediation.concluded.v1","occurredAt":"%s","disputeId":"%s",
         "actor":{"kind":"USER","username":"grid.minle"},"centerCode":"longhua.minzhi.minle",
         "mediatorCode":"M-MINLE-GRID-01","outcome":"SETTLED","confirmationRequested":true,
         "agreement":{"text":"被申请人于2026年12月31日前支付工资12000元。","effectiveOn":"%s"}}
        """
        .formatted(eventId, at, disputeId, effectiveOn);
  }

  /** A settlement the parties ask the court to confirm, with its PDF; waits for the application. */
  Filed file(LocalDate effectiveOn) throws Exception {
    String disputeId = UUID.randomUUID().toString();
    byte[] pdf = pdf();
    String issuedId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN,
        disputeId,
        issuedId,
        "agreement.issued.v1",
        issued(issuedId, disputeId, pdf, sha256(pdf)));
    String concludedId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN,
        disputeId,
        concludedId,
        "mediation.concluded.v1",
        concluded(concludedId, disputeId, effectiveOn, Instant.now()));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(() -> applications.ofDispute(disputeId).isPresent()));
    String id =
        QuarkusTransaction.requiringNew()
            .call(() -> applications.ofDispute(disputeId).orElseThrow().id());
    return new Filed(disputeId, id, pdf);
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  static Response post(String token, String id, String path, String key, String body) {
    var request = given().auth().oauth2(token).contentType("application/json");
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    if (body != null) {
      request.body(body);
    }
    return request.post("/api/v1/court/applications/" + id + path);
  }

  private List<JsonNode> events(String disputeId, int count) throws Exception {
    return events(disputeId, count, Duration.ofSeconds(30));
  }

  /** The dispute's events on the topic, waiting until {@code count} came or time is up. */
  private List<JsonNode> events(String disputeId, int count, Duration wait) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (var r : KafkaTestSupport.readKey(OUT, disputeId, count, wait)) {
      JsonNode e = mapper.readTree(r.value());
      String type = KafkaTestSupport.header(r, "event-type");
      assertEquals(List.of(), EventSchemas.violations(type, e), type);
      out.add(e);
    }
    return out;
  }

  @Test
  void acceptAskForMaterialsSupplyExtendAndConfirmEachOnceWithTheEventsAndThePdf()
      throws Exception {
    Filed f = file(today().minusDays(2));
    String id = f.applicationId();
    given()
        .auth()
        .oauth2(COURT)
        .get("/api/v1/court/applications?status=PENDING&size=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id))
        .body("items.find { it.id == '" + id + "' }.parties.name", hasItem("张三"));
    Response pdf =
        given().auth().oauth2(COURT).get("/api/v1/court/applications/" + id + "/agreement.pdf");
    pdf.then().statusCode(200).contentType("application/pdf");
    assertArrayEquals(f.pdf(), pdf.asByteArray());
    assertEquals(sha256(f.pdf()), pdf.header("X-Content-SHA256"));

    post(
            COURT,
            id,
            "/decision",
            UUID.randomUUID().toString(),
            "{\"result\":\"CONFIRMED\",\"rulingNumber\":\"(2026)粤0309民特1号\"}")
        .then()
        .statusCode(409)
        .body("detail", containsString("PENDING"));
    post(COURT, id, "/accept", null, null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("Idempotency-Key"));

    String acceptKey = UUID.randomUUID().toString();
    post(COURT, id, "/accept", acceptKey, null)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    Response again = post(COURT, id, "/accept", acceptKey, null);
    again.then().statusCode(200).body("status", equalTo("ACCEPTED"));
    assertEquals("true", again.header("Idempotent-Replayed"));

    post(COURT, id, "/supplement-requests", UUID.randomUUID().toString(), "{\"items\":[]}")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("items"));
    post(
            COURT,
            id,
            "/supplement-requests",
            UUID.randomUUID().toString(),
            "{\"items\":[\"劳动合同原件\"]}")
        .then()
        .statusCode(200)
        .body("status", equalTo("MATERIALS_REQUESTED"))
        .body("materials.items", hasItem("劳动合同原件"));
    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .contentType("application/json")
        .body("{\"note\":\"x\"}")
        .post("/api/v1/confirmations/" + id + "/materials")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .contentType("application/json")
        .body("{\"note\":\"已提交劳动合同原件\"}")
        .post("/api/v1/confirmations/" + id + "/materials")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));

    String extension = "{\"approvedBy\":\"李院长\",\"reason\":\"需核实被申请人履行能力\"}";
    post(COURT, id, "/extension", UUID.randomUUID().toString(), extension)
        .then()
        .statusCode(200)
        .body("extension.days", equalTo(10));
    post(COURT, id, "/extension", UUID.randomUUID().toString(), extension)
        .then()
        .statusCode(409)
        .body("detail", containsString("once"));

    post(
            COURT,
            id,
            "/decision",
            UUID.randomUUID().toString(),
            "{\"result\":\"CONFIRMED\",\"rulingNumber\":\"粤0309民特1号\"}")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("rulingNumber"));
    String decideKey = UUID.randomUUID().toString();
    String decision =
        "{\"result\":\"CONFIRMED\",\"rulingNumber\":\"(%d)粤0309民特123号\"}"
            .formatted(today().getYear());
    post(COURT, id, "/decision", decideKey, decision)
        .then()
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"))
        .body("decision.rulingNumber", equalTo("(%d)粤0309民特123号".formatted(today().getYear())));
    Response retried = post(COURT, id, "/decision", decideKey, decision);
    retried.then().statusCode(200).body("status", equalTo("CONFIRMED"));
    assertEquals("true", retried.header("Idempotent-Replayed"));
    post(
            COURT,
            id,
            "/decision",
            decideKey,
            "{\"result\":\"REJECTED\",\"reasonCode\":\"OTHER\",\"reason\":\"x\"}")
        .then()
        .statusCode(409)
        .body("detail", containsString("Idempotency-Key"));
    post(
            COURT,
            id,
            "/decision",
            UUID.randomUUID().toString(),
            "{\"result\":\"REJECTED\",\"reasonCode\":\"UNCLEAR_CONTENT\"}")
        .then()
        .statusCode(409)
        .body("detail", containsString("CONFIRMED"));

    List<String> types =
        events(f.disputeId(), 7, Duration.ofSeconds(8)).stream()
            .map(e -> e.path("type").asText())
            .toList();
    assertEquals(
        List.of(
            "confirmation.requested.v1",
            "confirmation.accepted.v1",
            "confirmation.materialsrequested.v1",
            "confirmation.materialssupplied.v1",
            "confirmation.extended.v1",
            "confirmation.decided.v1"),
        types,
        "one event per change, none for the replays and refusals");
  }

  @Test
  void anotherCourtSeesAndChangesNothingOfLonghuas() throws Exception {
    Filed f = file(today());
    String id = f.applicationId();
    given()
        .auth()
        .oauth2(OTHER_COURT)
        .get("/api/v1/court/applications?size=100")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
    given()
        .auth()
        .oauth2(OTHER_COURT)
        .get("/api/v1/court/applications/" + id)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(OTHER_COURT)
        .get("/api/v1/court/applications/" + id + "/agreement.pdf")
        .then()
        .statusCode(404);
    post(OTHER_COURT, id, "/accept", UUID.randomUUID().toString(), null).then().statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/court/applications")
        .then()
        .statusCode(403);
    given().get("/api/v1/court/applications").then().statusCode(401);
    given()
        .auth()
        .oauth2(COURT)
        .get("/api/v1/court/applications/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"));
  }

  @Test
  void anApplicationPastTheThirtyDayWindowIsRefusedAndNeverReachesTheCourt() throws Exception {
    Filed f = file(today().minusDays(31));
    JsonNode refused = events(f.disputeId(), 1).get(0);
    assertEquals("confirmation.refused.v1", refused.path("type").asText());
    assertEquals(today().minusDays(1).toString(), refused.path("applyBy").asText());
    given()
        .auth()
        .oauth2(COURT)
        .get("/api/v1/court/applications/" + f.applicationId())
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.staffMinle())
        .get("/api/v1/confirmations/" + f.applicationId())
        .then()
        .statusCode(200)
        .body("status", equalTo("REFUSED_LATE"));
  }

  @Test
  void anAgreementWhoseBytesDoNotMatchItsHashIsDeadLetteredNotKept() throws Exception {
    String disputeId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    KafkaTestSupport.sendEvent(
        IN,
        disputeId,
        eventId,
        "agreement.issued.v1",
        issued(eventId, disputeId, pdf(), sha256(pdf())));
    var dead =
        KafkaTestSupport.readKey(
            "test.judicial-confirmation.dlq", disputeId, 1, Duration.ofSeconds(30));
    assertEquals(1, dead.size());
    assertEquals(
        true, KafkaTestSupport.header(dead.get(0), "dead-letter-reason").contains("SHA-256"));
  }
}
