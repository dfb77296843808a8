package org.jiefen.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jiefen.platform.events.EventSchemas;
import org.jiefen.platform.testing.KafkaTestSupport;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Every created or changed unit is announced once, keyed by its code; a repeated load is silent.
 */
@QuarkusTest
class OrgTreeEventsIT {

  static final String TOPIC = "test.routing.orgunit.events";

  @Inject ObjectMapper mapper;

  private static void put(String units, int changed) {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/json")
        .body(units)
        .put("/api/v1/org-units")
        .then()
        .statusCode(200)
        .body("changed", equalTo(changed));
  }

  private static String unit(String code, String name) {
    return """
        [{"code":"longhua","name":"龙华区","level":"DISTRICT","parentCode":null},
         {"code":"longhua.minzhi","name":"民治街道","level":"STREET","parentCode":"longhua"},
         {"code":"%s","name":"%s","level":"COMMUNITY","parentCode":"longhua.minzhi"}]
        """
        .formatted(code, name);
  }

  @Test
  void aNewCommunityAndItsRenameAreEachPublishedOnceAndAnIdenticalLoadPublishesNothing()
      throws Exception {
    new RoutingIT().seedTree();
    String code = "longhua.minzhi.t" + UUID.randomUUID().toString().substring(0, 8);

    put(unit(code, "测试社区"), 1);
    put(unit(code, "测试社区"), 0);
    put(unit(code, "测试新社区"), 1);

    List<ConsumerRecord<String, String>> events =
        KafkaTestSupport.read(
            TOPIC, r -> code.equals(r.key()), l -> l.size() >= 3, Duration.ofSeconds(10));
    assertEquals(2, events.size(), "one event per change, none for the identical load");
    JsonNode first = mapper.readTree(events.get(0).value());
    JsonNode second = mapper.readTree(events.get(1).value());
    assertEquals(List.of(), EventSchemas.violations("orgunit.changed.v1", first));
    assertEquals("orgunit.changed.v1", KafkaTestSupport.header(events.get(0), "event-type"));
    assertEquals("测试社区", first.path("name").asText());
    assertEquals("COMMUNITY", first.path("level").asText());
    assertEquals("longhua.minzhi", first.path("parentCode").asText());
    assertEquals("admin.jiefen", first.path("actor").path("username").asText());
    assertEquals("测试新社区", second.path("name").asText());
  }
}
