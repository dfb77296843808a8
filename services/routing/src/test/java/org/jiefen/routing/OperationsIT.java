package org.jiefen.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators rely on: readiness that checks the database and Kafka, OpenAPI, metrics. */
@QuarkusTest
class OperationsIT {

  @Test
  void readinessChecksTheDatabaseAndKafka() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems("Database connections health check", "Kafka connection health check"));
  }

  @Test
  void openApiAndPrometheusMetricsAreServed() {
    given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/org-units"));
    given().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
  }
}
