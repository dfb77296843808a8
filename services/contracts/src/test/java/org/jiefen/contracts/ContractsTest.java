package org.jiefen.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schemas and the AsyncAPI document describe the same set of event types. */
class ContractsTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private final ObjectMapper mapper = new ObjectMapper();

  private List<Path> schemaFiles() throws IOException {
    try (Stream<Path> files = Files.list(RESOURCES.resolve("schemas"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void everySchemaIsAValidDraft202012SchemaNamedAfterItsType() throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    for (Path file : schemaFiles()) {
      JsonNode schema = mapper.readTree(file.toFile());
      String type = file.getFileName().toString().replace(".json", "");
      assertTrue(type.matches("[a-z]+\\.[a-z]+\\.v[0-9]+"), type);
      assertEquals(
          type, schema.path("properties").path("type").path("const").asText(), file.toString());
      assertTrue(schema.path("$id").asText().endsWith("/" + type + ".json"), file.toString());
      List<String> required = mapper.convertValue(schema.path("required"), List.class);
      assertTrue(required.containsAll(List.of("eventId", "type", "occurredAt", "actor")), type);
      assertTrue(
          required.contains(keyField(type)), type + " must require its key " + keyField(type));
      factory.getSchema(schema); // throws on a malformed schema
    }
  }

  /**
   * Dispute events are keyed by dispute id; reference data (the org tree) by the unit's code, on
   * compacted topics. The outbox publishes with the same key.
   */
  private static String keyField(String type) {
    return type.startsWith("orgunit.") ? "code" : "disputeId";
  }

  @Test
  void asyncApiNamesEverySchemaAndNoOther() throws IOException {
    String asyncApi = Files.readString(RESOURCES.resolve("asyncapi.yaml"), StandardCharsets.UTF_8);
    Set<String> referenced = new TreeSet<>();
    Matcher m = Pattern.compile("schemas/([a-z.0-9]+)\\.json").matcher(asyncApi);
    while (m.find()) {
      referenced.add(m.group(1));
    }
    Set<String> published = new TreeSet<>();
    for (Path file : schemaFiles()) {
      published.add(file.getFileName().toString().replace(".json", ""));
    }
    assertEquals(published, referenced);
  }
}
