package org.jiefen.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.jiefen.intake.repository.AttachmentRepository;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Photos and documents on a case: checked, stored by content hash, announced, scoped. */
@QuarkusTest
class AttachmentIT {

  @Inject AttachmentRepository attachments;
  @Inject ObjectMapper mapper;

  /** A PNG signature and header chunk, with random bytes so each test has its own content. */
  static byte[] png() {
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    byte[] tail = UUID.randomUUID().toString().getBytes();
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  static String newDispute() {
    return IntakeIT.create(TestTokens.gridMinle(), IntakeIT.body(IntakeIT.ID_NUMBER, "漏水"), null)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** As a phone's browser sends it: the file name as UTF-8 bytes in the part header. */
  static final RestAssuredConfig BROWSER =
      RestAssuredConfig.config()
          .httpClient(
              HttpClientConfig.httpClientConfig()
                  .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
          .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));

  static Response upload(String token, String disputeId, byte[] bytes, String name, String type) {
    return given()
        .config(BROWSER)
        .auth()
        .oauth2(token)
        .multiPart("file", name, bytes, type)
        .multiPart("description", "现场照片")
        .post("/api/v1/disputes/" + disputeId + "/attachments");
  }

  private long stored(String disputeId) {
    return QuarkusTransaction.requiringNew().call(() -> attachments.countOf(disputeId));
  }

  @Test
  void aPhotoIsStoredByItsHashShownOnTheCaseAnnouncedAndDownloadedUnchanged() throws Exception {
    String id = newDispute();
    byte[] bytes = png();
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

    Response created = upload(TestTokens.gridMinle(), id, bytes, "现场照片.jpg", "image/jpeg");
    created
        .then()
        .statusCode(201)
        .body("mediaType", equalTo("image/png"))
        .body("sha256", equalTo(sha))
        .body("size", equalTo(bytes.length))
        .body("fileName", equalTo("现场照片.jpg"))
        .body("uploadedBy", equalTo("grid.minle"));
    String attachmentId = created.path("id");
    assertTrue(created.header("Location").endsWith("/attachments/" + attachmentId));
    Path blob = Path.of("target/attachments", sha.substring(0, 2), sha.substring(2, 4), sha);
    assertArrayEquals(bytes, Files.readAllBytes(blob));

    given()
        .auth()
        .oauth2(TestTokens.staffMinzhi())
        .get("/api/v1/disputes/" + id)
        .then()
        .statusCode(200)
        .body("attachments", hasSize(1))
        .body("attachments[0].id", equalTo(attachmentId));
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .get("/api/v1/disputes/" + id + "/timeline")
        .then()
        .body("type", hasItem("dispute.attached.v1"))
        .body("summary", hasItem(containsString("现场照片.jpg")));

    var records =
        KafkaTestSupport.read(
            IntakeIT.OUT,
            r ->
                id.equals(r.key())
                    && "dispute.attached.v1".equals(KafkaTestSupport.header(r, "event-type")),
            l -> !l.isEmpty(),
            Duration.ofSeconds(30));
    assertEquals(1, records.size());
    var event = mapper.readTree(records.get(0).value());
    assertEquals(List.of(), EventSchemas.violations("dispute.attached.v1", event));
    assertEquals(sha, event.path("sha256").asText());
    assertFalse(records.get(0).value().contains("现场照片"), "no file name on the wire");

    Response download =
        given()
            .auth()
            .oauth2(TestTokens.staffMinzhi())
            .get("/api/v1/disputes/" + id + "/attachments/" + attachmentId);
    download.then().statusCode(200).contentType("image/png");
    assertArrayEquals(bytes, download.asByteArray());
    assertEquals("nosniff", download.header("X-Content-Type-Options"));
    assertTrue(download.header("Content-Disposition").contains("UTF-8''%E7%8E%B0"));
  }

  @Test
  void theSameContentSentAgainIsTheSameAttachment() {
    String id = newDispute();
    byte[] bytes = png();
    String first =
        upload(TestTokens.gridMinle(), id, bytes, "a.png", "image/png")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    upload(TestTokens.gridMinle(), id, bytes, "again.png", "image/png")
        .then()
        .statusCode(200)
        .body("id", equalTo(first));
    assertEquals(1, stored(id));
  }

  @Test
  void anExecutableDisguisedAsAPhotoIsA415AndNothingIsRecorded() {
    String id = newDispute();
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};
    upload(TestTokens.gridMinle(), id, exe, "photo.jpg", "image/jpeg")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("file"));
    assertEquals(0, stored(id));
  }

  @Test
  void tooLargeMissingAndEmptyFilesAre4xxNamingTheField() {
    String id = newDispute();
    byte[] big = new byte[1024 * 1024 + 1];
    System.arraycopy(png(), 0, big, 0, 14);
    upload(TestTokens.gridMinle(), id, big, "big.png", "image/png")
        .then()
        .statusCode(413)
        .body("errors.field", hasItem("file"));
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .multiPart("description", "no file")
        .post("/api/v1/disputes/" + id + "/attachments")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("file"));
    upload(TestTokens.gridMinle(), id, new byte[0], "empty.png", "image/png")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("file"));
    assertEquals(0, stored(id));
  }

  @Test
  void aSiblingCenterCannotAttachListOrDownload() {
    String id = newDispute();
    String attachmentId =
        upload(TestTokens.gridMinle(), id, png(), "a.png", "image/png").path("id");
    upload(TestTokens.staffBaishilong(), id, png(), "b.png", "image/png").then().statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .get("/api/v1/disputes/" + id + "/attachments")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.staffBaishilong())
        .get("/api/v1/disputes/" + id + "/attachments/" + attachmentId)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .get("/api/v1/disputes/" + newDispute() + "/attachments/" + attachmentId)
        .then()
        .statusCode(404);
    assertEquals(1, stored(id));
  }

  @Test
  void aWithdrawnDisputeTakesNoMoreFiles() {
    String id = newDispute();
    given()
        .auth()
        .oauth2(TestTokens.gridMinle())
        .contentType("application/json")
        .body("{\"reason\":\"已私下和解\"}")
        .post("/api/v1/disputes/" + id + "/withdraw")
        .then()
        .statusCode(200);
    upload(TestTokens.gridMinle(), id, png(), "late.png", "image/png")
        .then()
        .statusCode(409)
        .body("detail", containsString("WITHDRAWN"));
    assertEquals(0, stored(id));
  }
}
