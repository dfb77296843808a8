package org.jiefen.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeUpstream.class)
class GatewayTest {

  @Test
  void requestsReachTheOwningServiceUnchangedAndItsAnswerComesBack() {
    given()
        .header("Authorization", "Bearer abc.def.ghi")
        .header("Idempotency-Key", "k-1")
        .contentType("application/json")
        .body("{\"summary\":\"欠薪\"}")
        .post("/api/v1/disputes?x=1&y=二")
        .then()
        .statusCode(201)
        .header("Location", "/api/v1/disputes/42")
        .header("X-Request-Id", notNullValue())
        .body("method", equalTo("POST"))
        .body("path", equalTo("/api/v1/disputes"))
        .body("query", equalTo("x=1&y=%E4%BA%8C"))
        .body("authorization", equalTo("Bearer abc.def.ghi"))
        .body("idempotencyKey", equalTo("k-1"))
        .body("forwardedHost", notNullValue())
        .body("body", equalTo("{\"summary\":\"欠薪\"}"));
  }

  @Test
  void aClientRequestIdIsKeptEndToEnd() {
    given()
        .header("X-Request-Id", "req-7")
        .get("/api/v1/disputes/42")
        .then()
        .header("X-Request-Id", "req-7")
        .body("requestId", equalTo("req-7"));
  }

  @Test
  void aPathNoServiceOwnsIsA404Problem() {
    given()
        .get("/api/v1/unknown/thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
    given().get("/api/v1/disputesX").then().statusCode(404);
  }

  @Test
  void anUnreachableServiceIsA502Problem() {
    given()
        .get("/api/v1/org-units")
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("status", equalTo(502));
  }

  @Test
  void readinessIsUp() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }
}
